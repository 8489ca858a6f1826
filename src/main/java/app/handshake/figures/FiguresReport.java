package app.handshake.figures;

import java.time.LocalDate;
import java.util.List;

/** The figures of the days from {@code from} to {@code to} (both included), for the team and per owner by name. */
public record FiguresReport(LocalDate from, LocalDate to, Tally team, List<OwnerFigures> owners) {}
