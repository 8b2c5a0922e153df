package ma.hadana.registry.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader: comma separators, fields quoted with {@code "} (a quote inside is
 * doubled), commas and line breaks allowed inside quotes, records ended by CRLF or LF, an
 * optional UTF-8 byte-order mark. Each record keeps the physical line it starts on. Line breaks
 * inside quoted fields come out as LF. Blank lines are skipped. A quote inside an unquoted field,
 * text after a closing quote, a quote never closed and a bare CR are syntax errors.
 */
public final class CsvReader {

  private static final int EOF = -1;

  private final Reader in;
  private int line = 1;
  private int peeked = -2;
  private boolean started;

  CsvReader(Reader in) {
    this.in = in;
  }

  /** Every record of the input, in order. */
  public static List<CsvRecord> readAll(Reader in) throws IOException, CsvSyntaxException {
    CsvReader reader = new CsvReader(in);
    List<CsvRecord> out = new ArrayList<>();
    for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
      out.add(r);
    }
    return out;
  }

  /** The next record, or null at the end of the input. */
  CsvRecord next() throws IOException, CsvSyntaxException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read();
      }
    }
    while (true) {
      if (peek() == EOF) {
        return null;
      }
      int start = line;
      List<String> fields = new ArrayList<>();
      boolean blank = true;
      while (true) {
        int c = peek();
        String field = c == '"' ? quoted() : unquoted();
        blank &= c != '"' && field.isEmpty();
        fields.add(field);
        int sep = read();
        if (sep == ',') {
          blank = false;
          continue;
        }
        endOfRecord(sep);
        break;
      }
      if (!blank) {
        return new CsvRecord(start, fields);
      }
    }
  }

  private String unquoted() throws IOException, CsvSyntaxException {
    StringBuilder sb = new StringBuilder();
    while (true) {
      int c = peek();
      if (c == ',' || c == '\r' || c == '\n' || c == EOF) {
        return sb.toString();
      }
      if (c == '"') {
        throw new CsvSyntaxException(
            line, "quote inside an unquoted field (quote the whole field and double the quote)");
      }
      sb.append((char) read());
    }
  }

  private String quoted() throws IOException, CsvSyntaxException {
    int opened = line;
    read(); // the opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new CsvSyntaxException(opened, "quoted field never closed");
      }
      if (c == '"') {
        if (peek() != '"') {
          int after = peek();
          if (after != ',' && after != '\r' && after != '\n' && after != EOF) {
            throw new CsvSyntaxException(line, "text after the closing quote of a field");
          }
          return sb.toString();
        }
        read();
        sb.append('"');
      } else if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        line++;
        sb.append('\n');
      } else {
        if (c == '\n') {
          line++;
        }
        sb.append((char) c);
      }
    }
  }

  private void endOfRecord(int c) throws IOException, CsvSyntaxException {
    if (c == EOF) {
      return;
    }
    if (c == '\r') {
      if (read() != '\n') {
        throw new CsvSyntaxException(line, "carriage return without a line feed");
      }
    }
    line++;
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }

  private int read() throws IOException {
    int c = peek();
    peeked = -2;
    return c;
  }
}
