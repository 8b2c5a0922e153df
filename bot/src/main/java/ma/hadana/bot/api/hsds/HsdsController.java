package ma.hadana.bot.api.hsds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.bot.api.BadParameterException;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.hsds.HsdsServiceMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/hsds/services}: every listing as an HSDS 3.0 service, read-only, in the
 * HSDS API's page shape ({@code page} from 1, {@code per_page} up to 100).
 */
@RestController
@RequestMapping("/api/v1/hsds")
class HsdsController {

  static final int MAX_PER_PAGE = 100;

  private final CrecheRepository repository;

  HsdsController(CrecheRepository repository) {
    this.repository = repository;
  }

  @GetMapping("/services")
  Map<String, Object> services(
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
    if (page < 1) {
      throw new BadParameterException("page", "page must be 1 or more");
    }
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new BadParameterException("per_page", "per_page must be between 1 and " + MAX_PER_PAGE);
    }
    long total = repository.count();
    long offset = (long) (page - 1) * perPage;
    List<Map<String, Object>> contents = offset >= total ? List.of()
        : repository.findPage((int) offset, perPage).stream()
            .map(s -> HsdsServiceMapper.service(s.creche())).toList();
    long pages = Math.max(1, (total + perPage - 1) / perPage);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total_items", total);
    out.put("total_pages", pages);
    out.put("page_number", page);
    out.put("size", contents.size());
    out.put("first_page", page == 1);
    out.put("last_page", page >= pages);
    out.put("empty", contents.isEmpty());
    out.put("contents", contents);
    return out;
  }
}
