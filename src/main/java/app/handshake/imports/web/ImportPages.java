package app.handshake.imports.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deployments.DeploymentFilter;
import app.handshake.deployments.Deployments;
import app.handshake.imports.ImportFormat;
import app.handshake.imports.ImportJob;
import app.handshake.imports.ImportRequest;
import app.handshake.imports.Imports;
import app.handshake.platform.web.FormFields;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: upload a file, watch the job, read what was skipped; and the export downloads. */
@Controller
class ImportPages {

    private static final FormFields UPLOAD_FIELDS = FormFields.of().field("file", "File").field("format", "Format")
            .field("deploymentId", "Deployment").field("mapping", "Column mapping");
    private static final FormFields BACKUP_FIELDS = FormFields.of().field("passphrase", "Passphrase");

    private final Imports imports;
    private final Deployments deployments;

    ImportPages(Imports imports, Deployments deployments) {
        this.imports = imports;
        this.deployments = deployments;
    }

    @GetMapping("/imports")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("section", "imports");
        model.addAttribute("formats", ImportFormat.values());
        model.addAttribute("admin", user.actor().isAdmin());
        model.addAttribute("jobs", imports.list(user.actor(), PageRequest.first(20)).items());
        // Usage goes into one of the deployments the user may see, by name.
        model.addAttribute("deployments", deployments.list(user.actor(), DeploymentFilter.none(),
                PageRequest.first(PageRequest.MAX_LIMIT)).items());
        // The backup form redirects here with its refusal as plain text (the session keeps only strings).
        if (model.getAttribute("backupError") instanceof String refused) {
            model.addAttribute("backupProblems", BACKUP_FIELDS.problem("passphrase", refused));
        }
        return "imports/list";
    }

    @PostMapping("/imports")
    String upload(@AuthenticationPrincipal SignedInUser user, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String format, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean skipBad, @RequestParam(required = false) String mapping,
            @RequestParam(required = false) String deploymentId, Model model, HttpServletResponse response) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path saved = null;
        boolean handedOver = false;
        try {
            if (file.isEmpty()) {
                throw new InvalidRequestException("file", "Choose a file that is not empty");
            }
            saved = Imports.newUpload();
            file.transferTo(saved);
            ImportJob job = imports.start(user.actor(), new ImportRequest(name, ImportFormat.named(format), null, null,
                    MappingText.parse(mapping), dryRun, skipBad, null, false, null, deployment(deploymentId)), saved);
            handedOver = true;
            return "redirect:/imports/" + job.id();
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(FormProblems.ATTRIBUTE, UPLOAD_FIELDS.problems(e));
            model.addAttribute("chosenFormat", format);
            return page(user, model);
        } catch (RecordNotFoundException e) {
            // A deployment gone since the page was shown, or one the user may not see: as if it did not exist.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(FormProblems.ATTRIBUTE, UPLOAD_FIELDS.problem("deploymentId",
                    "Choose one of the deployments in the list"));
            model.addAttribute("chosenFormat", format);
            return page(user, model);
        } finally {
            if (saved != null && !handedOver) {
                Files.deleteIfExists(saved);
            }
        }
    }

    private static UUID deployment(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("deploymentId", "Choose one of the deployments in the list");
        }
    }

    @GetMapping("/imports/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("section", "imports");
        ImportJob job = imports.get(user.actor(), id);
        model.addAttribute("job", job);
        model.addAttribute("progress", ImportProgress.of(job));
        return "imports/show";
    }

    /** The job's state alone, which the page asks for again every second while the job runs. */
    @GetMapping("/imports/{id}/status")
    String status(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        ImportJob job = imports.get(user.actor(), id);
        model.addAttribute("job", job);
        model.addAttribute("progress", ImportProgress.of(job));
        return "imports/show :: status";
    }
}
