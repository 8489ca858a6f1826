package app.handshake.platform.web;

import app.handshake.platform.ProblemType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that no controller handled (an unknown path, a failure in a filter): problem details for the
 * API, a friendly page for people.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model) {
        int status = status(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        model.addAttribute("status", status);
        model.addAttribute("message", status == 404
                ? "We could not find that page. It may have been deleted, or you may not have access to it."
                : status == 403 ? "You may not do this. If you came from a form, reload the page and try again."
                : status >= 500 ? "Something went wrong on our side. Please try again in a moment."
                : "That request could not be handled.");
        return "error";
    }

    @RequestMapping(path = {"/error", "/error/problem"})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = Problems.of(type, status == 404 ? "Nothing exists at this address" : type.title(),
                (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        problem.setStatus(status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
