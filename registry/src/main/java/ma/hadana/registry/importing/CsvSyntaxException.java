package ma.hadana.registry.importing;

/** The file breaks RFC 4180 at this line; what follows cannot be split into fields reliably. */
public class CsvSyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;

  CsvSyntaxException(int line, String reason) {
    super(reason);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
