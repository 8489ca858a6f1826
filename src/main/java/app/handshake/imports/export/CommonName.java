package app.handshake.imports.export;

import net.fortuna.ical4j.model.Parameter;

/**
 * CN, always in double quotes and with RFC 6868 only where quotes cannot carry the name (see {@link ParameterText}).
 * ical4j's own CN writes ^^ for every caret and ^' for a quote without quoting, which two common parsers
 * (python-vobject, python-icalendar) hand over undecoded.
 */
final class CommonName extends Parameter {

    private final String written;

    CommonName(String name) {
        super(Parameter.CN);
        this.written = ParameterText.quoted(name);
    }

    /** The value as written, quotes included: this parameter is written, never read. */
    @Override
    public String getValue() {
        return written;
    }
}
