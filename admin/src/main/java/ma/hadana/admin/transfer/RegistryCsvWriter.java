package ma.hadana.admin.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheFields;

/** Writes listings in the registry CSV format (RFC 4180, header first), as the importer reads. */
final class RegistryCsvWriter {

  private RegistryCsvWriter() {}

  static void write(Collection<Creche> listings, Writer out) throws IOException {
    line(CrecheFields.NAMES, out);
    for (Creche c : listings) {
      line(CrecheFields.values(c).values(), out);
    }
    out.flush();
  }

  private static void line(Collection<String> fields, Writer out) throws IOException {
    boolean first = true;
    for (String f : fields) {
      if (!first) {
        out.write(',');
      }
      first = false;
      out.write(quote(f));
    }
    out.write("\r\n");
  }

  static String quote(String field) {
    if (field == null) {
      return "";
    }
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
