package app.handshake.imports.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.imports.backup.WorkspaceBackup;
import app.handshake.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The backup button of the import page (admins): the file downloads, or the page says why not. */
@Controller
class BackupPages {

    private final WorkspaceBackup backups;
    private final Clock clock;

    BackupPages(WorkspaceBackup backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @PostMapping("/imports/backup")
    String backup(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String passphrase,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            BackupApi.download(backups, user, passphrase.toCharArray(), LocalDate.now(clock), response);
            return null;
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("backupError", e.getMessage());
            return "redirect:/imports";
        }
    }
}
