package app.handshake.accounts.web;

import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.Users;
import app.handshake.shared.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The audit log for admins, newest first, each change in words; filtered by user, type of record, one record
 * (its id or words of its name) and days, in the address so that a view can be bookmarked.
 */
@Controller
@RequestMapping("/audit")
class AuditPage {

    /** One line of the page: the entry and its changes as sentences. */
    record Line(AuditTrail.Entry entry, List<String> changes) {}

    private final AuditTrail audit;
    private final Users users;

    AuditPage(AuditTrail audit, Users users) {
        this.audit = audit;
        this.users = users;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) UUID recordId,
            @RequestParam(required = false) UUID userId, @RequestParam(required = false) String type,
            @RequestParam(required = false) String record,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String after, Model model) {
        // A record named by its id is that record; other words are looked for in the records' names.
        UUID typedId = recordId != null ? recordId : asId(record);
        String words = typedId == null && record != null && !record.isBlank() ? record.strip() : null;
        AuditTrail.Filter filter = new AuditTrail.Filter(userId, blankToNull(type), typedId, words, from, to);
        var page = audit.page(user.actor(), filter, PageRequest.of(after, 50));
        model.addAttribute("section", "audit");
        model.addAttribute("recordId", recordId);
        model.addAttribute("filter", filter);
        model.addAttribute("record", record != null ? record : recordId != null ? recordId.toString() : null);
        model.addAttribute("filtered", userId != null || filter.recordType() != null || typedId != null
                || words != null || from != null || to != null);
        model.addAttribute("team", users.list());
        model.addAttribute("types", audit.recordTypes(user.actor()));
        model.addAttribute("page", page);
        // The pager keeps the filter: only the position in the list changes.
        var here = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null);
        ServletUriComponentsBuilder.fromCurrentRequest().build().getQueryParams().forEach((name, values) -> {
            if (!name.equals("after")) {
                here.queryParam(name, values.stream().map(v -> UriUtils.encodeQueryParam(v, StandardCharsets.UTF_8)).toArray());
            }
        });
        model.addAttribute("newestHref", here.build(true).toUriString());
        model.addAttribute("olderHref", page.next() == null ? null
                : here.cloneBuilder().queryParam("after", UriUtils.encodeQueryParam(page.next(), StandardCharsets.UTF_8))
                        .build(true).toUriString());
        model.addAttribute("lines", page.items().stream().map(e -> new Line(e, AuditWords.sentences(e))).toList());
        return "accounts/audit";
    }

    private static UUID asId(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
