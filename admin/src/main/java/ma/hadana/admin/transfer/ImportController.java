package ma.hadana.admin.transfer;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import ma.hadana.admin.web.ReasonMessages;
import ma.hadana.registry.importing.ImportReport;
import ma.hadana.registry.importing.RegistryImporter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Registry CSV import in two steps: upload for a dry-run preview (nothing written), then apply
 * the same text, all or nothing. The uploaded text waits in the session between the two.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

  static final String PENDING = "hadana.import.pending";

  private final RegistryImporter importer;
  private final ReasonMessages reasons;

  ImportController(RegistryImporter importer, ReasonMessages reasons) {
    this.importer = importer;
    this.reasons = reasons;
  }

  @GetMapping
  String upload() {
    return "imports/upload";
  }

  @PostMapping
  String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model,
      Locale locale) throws IOException {
    String text = stripBom(new String(file.getBytes(), StandardCharsets.UTF_8));
    ImportReport report = importer.preview(new StringReader(text));
    if (report.valid()) {
      session.setAttribute(PENDING, text);
    } else {
      session.removeAttribute(PENDING);
    }
    show(model, report, locale);
    return "imports/report";
  }

  @PostMapping("/apply")
  String apply(HttpSession session, Principal who, Model model, Locale locale)
      throws IOException {
    Object text = session.getAttribute(PENDING);
    if (!(text instanceof String csv)) {
      return "redirect:/imports?expired";
    }
    session.removeAttribute(PENDING);
    show(model, importer.apply(new StringReader(csv), who.getName()), locale);
    return "imports/report";
  }

  /** The report, with each error in the page's language. */
  private void show(Model model, ImportReport report, Locale locale) {
    model.addAttribute("report", report);
    model.addAttribute("errors",
        report.errors().stream().map(e -> reasons.located(e, locale)).toList());
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
