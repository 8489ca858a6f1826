package app.handshake.platform.web;

import app.handshake.shared.RecordNotFoundException;
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
        ModelAndView view = new ModelAndView("error", HttpStatus.NOT_FOUND);
        view.addObject("status", 404);
        view.addObject("section", "none");
        view.addObject("message", "We could not find that page. It may have been deleted, or you may not have access to it.");
        return view;
    }
}
