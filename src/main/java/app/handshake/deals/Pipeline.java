package app.handshake.deals;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.shared.ConflictException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Text;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's pipeline: its stages in order (admins set them), the reasons deals are lost, and how often a
 * lost deal's people are nurtured by default.
 */
@Service
@Transactional
public class Pipeline {

    static final int MAX_STAGES = 30;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final NurtureTouches nurture;
    private final Clock clock;

    Pipeline(JdbcClient jdbc, AuditTrail audit, NurtureTouches nurture, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.nurture = nurture;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PipelineStage> stages() {
        return jdbc.sql("select id, name, position, win_probability, idle_days from pipeline_stage order by position, name")
                .query(PipelineStage.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<PipelineStage> stage(UUID id) {
        return stages().stream().filter(stage -> stage.id().equals(id)).findFirst();
    }

    PipelineStage first() {
        return stages().stream().findFirst().orElseThrow(() -> new ConflictException("The pipeline has no stages"));
    }

    /** A stage as it is to be: an id keeps an existing stage (renamed, moved), no id adds one. */
    public record StageDraft(@Nullable UUID id, String name, int winProbability, @Nullable Integer idleDays) {}

    /**
     * Replaces the pipeline with these stages in this order (admins only). A stage left out is removed, unless
     * a deal is in it or its history names it: then it stays, and the answer says so.
     */
    public List<PipelineStage> replace(Actor actor, List<StageDraft> drafts) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only an admin may change the pipeline");
        }
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidRequestException("stages", "must name at least one stage");
        }
        if (drafts.size() > MAX_STAGES) {
            throw new InvalidRequestException("stages", "must be at most " + MAX_STAGES);
        }
        List<PipelineStage> before = stages();
        Set<UUID> existing = new HashSet<>(before.stream().map(PipelineStage::id).toList());
        Set<String> names = new HashSet<>();
        List<PipelineStage> after = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            StageDraft draft = drafts.get(i);
            String field = "stages[" + i + "]";
            String name = Text.trimToNull(draft.name());
            if (name == null || name.length() > 80) {
                throw new InvalidRequestException(field + ".name", "must be 1 to 80 characters");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidRequestException(field + ".name", "names another stage already: " + name);
            }
            if (draft.winProbability() < 0 || draft.winProbability() > 100) {
                throw new InvalidRequestException(field + ".winProbability", "must be between 0 and 100");
            }
            if (draft.idleDays() != null && (draft.idleDays() < 1 || draft.idleDays() > 3650)) {
                throw new InvalidRequestException(field + ".idleDays", "must be between 1 and 3650 days");
            }
            if (draft.id() != null && !existing.contains(draft.id())) {
                throw new InvalidRequestException(field + ".id", "is not a stage of this pipeline");
            }
            after.add(new PipelineStage(draft.id() == null ? Ids.newId(clock) : draft.id(), name, i + 1,
                    draft.winProbability(), draft.idleDays()));
        }
        Set<UUID> kept = new HashSet<>(after.stream().map(PipelineStage::id).toList());
        for (PipelineStage gone : before) {
            if (!kept.contains(gone.id()) && inUse(gone.id())) {
                throw new ConflictException("The stage " + gone.name()
                        + " holds deals or their history; keep it, or move its deals first");
            }
        }
        // Names are unique: park the kept ones on their ids first, so that two stages may swap names.
        for (PipelineStage stage : after) {
            jdbc.sql("update pipeline_stage set name = :parked where id = :id")
                    .param("parked", stage.id().toString()).param("id", stage.id()).update();
        }
        for (PipelineStage gone : before) {
            if (!kept.contains(gone.id())) {
                jdbc.sql("delete from pipeline_stage where id = :id").param("id", gone.id()).update();
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PipelineStage stage : after) {
            int updated = jdbc.sql("""
                    update pipeline_stage set name = :name, position = :position, win_probability = :probability,
                           idle_days = :idle where id = :id""")
                    .param("name", stage.name()).param("position", stage.position())
                    .param("probability", stage.winProbability()).param("idle", stage.idleDays())
                    .param("id", stage.id()).update();
            if (updated == 0) {
                jdbc.sql("""
                        insert into pipeline_stage (id, name, position, win_probability, idle_days, created_at)
                        values (:id, :name, :position, :probability, :idle, :now)""")
                        .param("id", stage.id()).param("name", stage.name()).param("position", stage.position())
                        .param("probability", stage.winProbability()).param("idle", stage.idleDays())
                        .param("now", now).update();
            }
        }
        audit.updated(actor.userId(), "pipeline", UUID.nameUUIDFromBytes("pipeline".getBytes()), "Pipeline stages",
                Map.of("stages", new AuditTrail.Change(describe(before), describe(after))));
        return stages();
    }

    private static String describe(List<PipelineStage> stages) {
        return String.join(", ", stages.stream().map(s -> s.name() + " " + s.winProbability() + "%").toList());
    }

    private boolean inUse(UUID stage) {
        return jdbc.sql("""
                select count(*) from pipeline_stage s where s.id = :id
                   and (exists (select 1 from deal d where d.stage_id = s.id)
                        or exists (select 1 from deal_event e where e.from_stage_id = s.id or e.to_stage_id = s.id))""")
                .param("id", stage).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public List<LossReason> lossReasons() {
        return jdbc.sql("select id, label from deal_loss_reason order by position, label").query(LossReason.class).list();
    }

    /** How many days apart a lost deal's decision makers and champions are nurtured, unless the deal says. */
    @Transactional(readOnly = true)
    public int nurtureEveryDays() {
        return jdbc.sql("select nurture_every_days from deal_setting where id = 1").query(Integer.class).single();
    }

    public int setNurtureEveryDays(Actor actor, int days) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only an admin may change the workspace's nurture cadence");
        }
        if (days < 1 || days > 3650) {
            throw new InvalidRequestException("nurtureEveryDays", "must be between 1 and 3650 days");
        }
        int before = nurtureEveryDays();
        jdbc.sql("update deal_setting set nurture_every_days = :days where id = 1").param("days", days).update();
        // The lost deals that follow the workspace's cadence keep other months now.
        nurture.followDefaultCadence();
        audit.updated(actor.userId(), "pipeline", UUID.nameUUIDFromBytes("pipeline".getBytes()), "Nurture cadence",
                Map.of("nurtureEveryDays", new AuditTrail.Change(Integer.toString(before), Integer.toString(days))));
        return days;
    }
}
