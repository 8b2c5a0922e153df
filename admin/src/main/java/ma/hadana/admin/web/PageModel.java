package ma.hadana.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the current path (for the language links) and map settings. */
@ControllerAdvice
@EnableConfigurationProperties(ConsoleProperties.class)
class PageModel {

  private final ConsoleProperties properties;

  PageModel(ConsoleProperties properties) {
    this.properties = properties;
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @ModelAttribute("console")
  ConsoleProperties console() {
    return properties;
  }
}
