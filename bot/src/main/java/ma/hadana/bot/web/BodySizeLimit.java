package ma.hadana.bot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to a request whose body exceeds {@code HADANA_MAX_BODY_SIZE}, before any
 * controller, signature check or parser reads it. A declared length is checked at once; a chunked
 * body of another type than a form is read up to the limit and handed on from memory (Tomcat's
 * own form limit, set to the same size, guards chunked forms).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(HttpLimitsProperties.class)
class BodySizeLimit extends OncePerRequestFilter {

  private final long max;

  BodySizeLimit(HttpLimitsProperties props) {
    this.max = props.maxBodySize().toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > max) {
      tooLarge(response);
      return;
    }
    if (declared < 0 && chunked(request) && !form(request)) {
      byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        tooLarge(response);
        return;
      }
      chain.doFilter(new Buffered(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean chunked(HttpServletRequest request) {
    String te = request.getHeader("Transfer-Encoding");
    return te != null && te.toLowerCase(java.util.Locale.ROOT).contains("chunked");
  }

  private static boolean form(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT)
        .startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType(MediaType.TEXT_PLAIN_VALUE);
    response.setHeader("Connection", "close"); // do not wait to swallow the rest of the body
    response.getOutputStream().write(("Request body larger than " + max + " bytes")
        .getBytes(StandardCharsets.US_ASCII));
  }

  /** A request whose body was already read into memory. */
  private static final class Buffered extends HttpServletRequestWrapper {

    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new java.io.BufferedReader(new java.io.InputStreamReader(
          new ByteArrayInputStream(body), java.nio.charset.Charset.forName(encoding)));
    }
  }
}
