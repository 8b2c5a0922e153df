package ma.hadana.bot.api;

import ma.hadana.registry.search.IndexNotLoadedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns the read API's failures into {@link ApiError} JSON with the right status. */
@RestControllerAdvice(basePackages = "ma.hadana.bot.api")
class ApiExceptionHandler {

  @ExceptionHandler(BadParameterException.class)
  ResponseEntity<ApiError> badParameter(BadParameterException e) {
    return badParameter(e.parameter(), e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
    return badParameter(e.getParameterName(), e.getParameterName() + " is required");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String expected =
        type == null ? "a valid value"
            : type == Boolean.class || type == boolean.class ? "true or false"
            : type == Integer.class || type == int.class ? "a whole number"
            : Number.class.isAssignableFrom(type) || type == double.class ? "a number"
            : "a valid value";
    return badParameter(e.getName(), e.getName() + " must be " + expected);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(new ApiError("not_found", null, e.getMessage()));
  }

  @ExceptionHandler(IndexNotLoadedException.class)
  ResponseEntity<ApiError> notReady(IndexNotLoadedException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .body(new ApiError("unavailable", null, e.getMessage()));
  }

  private static ResponseEntity<ApiError> badParameter(String parameter, String message) {
    return ResponseEntity.badRequest().body(new ApiError("bad_parameter", parameter, message));
  }
}
