package ma.hadana.admin.transfer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import ma.hadana.admin.web.CsvDownload;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.StoredCreche;
import ma.hadana.registry.hsds.HsdsServiceMapper;
import ma.hadana.registry.importing.RegistryGeoJson;
import ma.hadana.registry.needs.Needs;
import ma.hadana.registry.needs.NeedsCsv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Downloads of the whole registry: the CSV format (re-importable), GeoJSON and HSDS 3.0. */
@Controller
@RequestMapping("/exports")
class ExportController {

  private final CrecheRepository repository;
  private final Needs needs;

  ExportController(CrecheRepository repository, Needs needs) {
    this.repository = repository;
    this.needs = needs;
  }

  @GetMapping
  String page() {
    return "exports";
  }

  @GetMapping("/registry.csv")
  void csv(HttpServletResponse response) throws IOException {
    RegistryCsvWriter.write(all(), CsvDownload.open(response, "registry.csv"));
  }

  /** The needs assessment of every listing, in the needs CSV format (re-importable). */
  @GetMapping("/needs.csv")
  void needsCsv(HttpServletResponse response) throws IOException {
    NeedsCsv.write(needs.all(), CsvDownload.open(response, "needs.csv"));
  }

  @GetMapping(value = "/registry.geojson")
  @ResponseBody
  ResponseEntity<Map<String, Object>> geojson() {
    Map<String, Object> collection =
        RegistryGeoJson.collection(all().stream().map(RegistryGeoJson::feature).toList());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/geo+json"))
        .header("Content-Disposition", "attachment; filename=\"registry.geojson\"")
        .body(collection);
  }

  /** Every listing as an HSDS 3.0 {@code service} object (docs/registry-format.md). */
  @GetMapping("/hsds.json")
  @ResponseBody
  ResponseEntity<List<Map<String, Object>>> hsds() {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"hsds.json\"")
        .body(all().stream().map(HsdsServiceMapper::service).toList());
  }

  private List<Creche> all() {
    return repository.findAll().stream().map(StoredCreche::creche).toList();
  }
}
