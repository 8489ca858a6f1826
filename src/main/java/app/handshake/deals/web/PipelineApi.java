package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deals.Board;
import app.handshake.deals.DealFilter;
import app.handshake.deals.Deals;
import app.handshake.deals.LossReason;
import app.handshake.deals.Pipeline;
import app.handshake.deals.PipelineStage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/pipeline")
@Tag(name = "Pipeline")
class PipelineApi {

    private final Pipeline pipeline;
    private final Deals deals;

    PipelineApi(Pipeline pipeline, Deals deals) {
        this.pipeline = pipeline;
        this.deals = deals;
    }

    @GetMapping("/stages")
    @Operation(operationId = "listPipelineStages", summary = "The pipeline's stages in order")
    List<PipelineStage> stages() {
        return pipeline.stages();
    }

    @NullMarked
    record StagesRequest(@NotNull @Size(min = 1, max = 30) List<@NotNull @Valid Stage> stages) {
        record Stage(@Nullable UUID id, @NotBlank @Size(max = 80) String name,
                @NotNull @Min(0) @Max(100) Integer winProbability, @Min(1) @Max(3650) @Nullable Integer idleDays) {}
    }

    @PutMapping("/stages")
    @Operation(operationId = "replacePipelineStages", summary = "Set the pipeline's stages in order (admins): an"
            + " id keeps a stage, none adds one, a stage left out is removed unless deals or their history use it")
    List<PipelineStage> replaceStages(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody StagesRequest request) {
        return pipeline.replace(user.actor(), request.stages().stream()
                .map(s -> new Pipeline.StageDraft(s.id(), s.name(), s.winProbability(), s.idleDays())).toList());
    }

    @GetMapping("/loss-reasons")
    @Operation(operationId = "listLossReasons", summary = "The workspace's reasons deals are lost")
    List<LossReason> lossReasons() {
        return pipeline.lossReasons();
    }

    record Nurture(@NotNull @Min(1) @Max(3650) Integer everyDays) {}

    @GetMapping("/nurture")
    @Operation(operationId = "getNurtureCadence", summary = "How many days apart a lost deal's decision makers and"
            + " champions are nurtured, unless the deal says")
    Nurture nurture() {
        return new Nurture(pipeline.nurtureEveryDays());
    }

    @PutMapping("/nurture")
    @Operation(operationId = "setNurtureCadence", summary = "Set the workspace's nurture cadence (admins)")
    Nurture setNurture(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody Nurture request) {
        return new Nurture(pipeline.setNurtureEveryDays(user.actor(), request.everyDays()));
    }

    @GetMapping("/board")
    @Operation(operationId = "getPipelineBoard", summary = "The board: each stage with its open deals you may see,"
            + " their count, and value and weighted value per currency; ownerId narrows it to one owner")
    Board board(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) UUID ownerId) {
        return deals.board(user.actor(), new DealFilter(null, ownerId, null, null, null, null, null, null, null,
                null, null, null));
    }
}
