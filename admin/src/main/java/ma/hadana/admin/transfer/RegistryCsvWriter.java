package ma.hadana.admin.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheFields;
import ma.hadana.registry.importing.CsvWriter;

/** Writes listings in the registry CSV format (RFC 4180, header first), as the importer reads. */
final class RegistryCsvWriter {

  private RegistryCsvWriter() {}

  static void write(Collection<Creche> listings, Writer out) throws IOException {
    out.write(CsvWriter.line(CrecheFields.NAMES));
    for (Creche c : listings) {
      out.write(CsvWriter.line(CrecheFields.values(c).values()));
    }
    out.flush();
  }
}
