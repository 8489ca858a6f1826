package app.handshake.platform.web;

import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** A page that names a record that does not exist (or not for this user) shows a friendly 404. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler({RecordNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND,
                "We could not find that page. It may have been deleted, or you may not have access to it.");
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e) {
        return page(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** A cursor or a parameter that this server did not hand out: start the list again. */
    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException e) {
        return page(HttpStatus.BAD_REQUEST, "That link is not valid (" + e.getMessage() + "). Please start again from the list.");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentChange() {
        return page(HttpStatus.CONFLICT, "Someone else changed this record at the same moment. Open it again and retry.");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        view.addObject("section", "none");
        view.addObject("message", message);
        return view;
    }
}
