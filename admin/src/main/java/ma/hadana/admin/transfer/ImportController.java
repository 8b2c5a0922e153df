package ma.hadana.admin.transfer;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import ma.hadana.admin.web.ReasonMessages;
import ma.hadana.registry.importing.ImportReport;
import ma.hadana.registry.importing.RegistryImporter;
import ma.hadana.registry.needs.NeedsImporter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports in two steps: upload for a dry-run preview (nothing written), then apply the same text,
 * all or nothing. A registry file is CSV or GeoJSON (told apart by its first character); a needs
 * file is the companion CSV. The uploaded text waits in the session between the two steps.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

  static final String PENDING = "hadana.import.pending";

  /** What a file holds. */
  enum Kind { REGISTRY_CSV, GEOJSON, NEEDS }

  /** A previewed file waiting to be applied. */
  record Pending(Kind kind, String text) implements Serializable {}

  private final RegistryImporter importer;
  private final NeedsImporter needs;
  private final ReasonMessages reasons;

  ImportController(RegistryImporter importer, NeedsImporter needs, ReasonMessages reasons) {
    this.importer = importer;
    this.needs = needs;
    this.reasons = reasons;
  }

  @GetMapping
  String upload() {
    return "imports/upload";
  }

  @PostMapping
  String preview(@RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "registry") String kind, HttpSession session, Model model,
      Locale locale) throws IOException {
    String text = stripBom(new String(file.getBytes(), StandardCharsets.UTF_8));
    Kind k = "needs".equals(kind) ? Kind.NEEDS
        : text.stripLeading().startsWith("{") ? Kind.GEOJSON : Kind.REGISTRY_CSV;
    ImportReport report = switch (k) {
      case NEEDS -> needs.preview(new StringReader(text));
      case GEOJSON -> importer.previewGeoJson(new StringReader(text));
      case REGISTRY_CSV -> importer.preview(new StringReader(text));
    };
    if (report.valid()) {
      session.setAttribute(PENDING, new Pending(k, text));
    } else {
      session.removeAttribute(PENDING);
    }
    show(model, report, k, locale);
    return "imports/report";
  }

  @PostMapping("/apply")
  String apply(HttpSession session, Principal who, Model model, Locale locale)
      throws IOException {
    if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
      return "redirect:/imports?expired";
    }
    session.removeAttribute(PENDING);
    StringReader in = new StringReader(pending.text());
    ImportReport report = switch (pending.kind()) {
      case NEEDS -> needs.apply(in, who.getName());
      case GEOJSON -> importer.applyGeoJson(in, who.getName());
      case REGISTRY_CSV -> importer.apply(in, who.getName());
    };
    show(model, report, pending.kind(), locale);
    return "imports/report";
  }

  /** The report, with each error in the page's language. */
  private void show(Model model, ImportReport report, Kind kind, Locale locale) {
    model.addAttribute("report", report);
    model.addAttribute("kind", kind.name());
    model.addAttribute("errors",
        report.errors().stream().map(e -> reasons.located(e, locale)).toList());
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
