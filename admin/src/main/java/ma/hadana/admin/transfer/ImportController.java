package ma.hadana.admin.transfer;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
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

  ImportController(RegistryImporter importer) {
    this.importer = importer;
  }

  @GetMapping
  String upload() {
    return "imports/upload";
  }

  @PostMapping
  String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model)
      throws IOException {
    String text = stripBom(new String(file.getBytes(), StandardCharsets.UTF_8));
    ImportReport report = importer.preview(new StringReader(text));
    if (report.valid()) {
      session.setAttribute(PENDING, text);
    } else {
      session.removeAttribute(PENDING);
    }
    model.addAttribute("report", report);
    model.addAttribute("fileName", file.getOriginalFilename());
    return "imports/report";
  }

  @PostMapping("/apply")
  String apply(HttpSession session, Principal who, Model model) throws IOException {
    Object text = session.getAttribute(PENDING);
    if (!(text instanceof String csv)) {
      return "redirect:/imports?expired";
    }
    session.removeAttribute(PENDING);
    model.addAttribute("report", importer.apply(new StringReader(csv), who.getName()));
    return "imports/report";
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
