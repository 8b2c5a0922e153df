package ma.hadana.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A CSV file the browser saves: UTF-8 {@code text/csv}, named in {@code Content-Disposition}. */
public final class CsvDownload {

  private CsvDownload() {}

  /** Sets the response's headers for {@code file} and returns a UTF-8 writer on its body. */
  public static Writer open(HttpServletResponse response, String file) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
  }
}
