package ma.hadana.registry.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.SocketOptions;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Connects the PostgreSQL driver to a server's Unix-domain socket instead of TCP on localhost:
 * the same protocol, without the TCP stack on either side (the embedded server listens on both).
 * The driver names this class in the JDBC URL ({@code socketFactory}) and passes the socket's
 * path ({@code socketFactoryArg}); the host and port it connects to are then ignored.
 *
 * <p>Reads block; only a read under a timeout (the driver sets one to poll for notifications or
 * to validate a connection) waits in a selector, so that it can end with
 * {@link SocketTimeoutException} as a TCP socket would.
 */
public final class UnixSocketFactory extends SocketFactory {

  private final Path path;

  /** The factory for the socket at {@code path}, as the driver creates it from the URL. */
  public UnixSocketFactory(String path) {
    this.path = Path.of(path);
  }

  @Override
  public Socket createSocket() throws IOException {
    return new UnixSocket(new Impl(path));
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return connected(port);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
      int localPort) throws IOException {
    return connected(port);
  }

  /** A socket connected at once; the host is this machine whatever the caller named. */
  private Socket connected(int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  /** A {@link Socket} over {@link Impl}; {@code connect} goes to the path whatever the address. */
  private static final class UnixSocket extends Socket {
    UnixSocket(Impl impl) throws SocketException {
      super(impl);
    }
  }

  /** The socket's workings: a {@link SocketChannel} of the UNIX family. */
  private static final class Impl extends SocketImpl {

    private final Path path;
    private SocketChannel channel;
    private Selector selector;
    private SelectionKey key;
    private volatile int timeoutMs;

    Impl(Path path) {
      this.path = path;
    }

    void open() throws IOException {
      if (address == null) {
        // What the socket reports as its peer (the JDK's own socket read and write events ask,
        // and fail on a socket without one): the local machine, where the server runs.
        address = InetAddress.getLoopbackAddress();
      }
      if (channel == null) {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(path));
      }
    }

    @Override
    protected void create(boolean stream) {
      // the channel is opened on connect
    }

    @Override
    protected void connect(String host, int port) throws IOException {
      this.port = port;
      open();
    }

    @Override
    protected void connect(InetAddress address, int port) throws IOException {
      this.address = address;
      this.port = port;
      open();
    }

    @Override
    protected void connect(SocketAddress address, int timeout) throws IOException {
      if (address instanceof InetSocketAddress inet) {
        this.address = inet.getAddress();
        this.port = inet.getPort();
      }
      open();
    }

    @Override
    protected void bind(InetAddress host, int port) throws IOException {
      throw new SocketException("A Unix-domain client socket is not bound");
    }

    @Override
    protected void listen(int backlog) throws IOException {
      throw new SocketException("A Unix-domain client socket does not listen");
    }

    @Override
    protected void accept(SocketImpl s) throws IOException {
      throw new SocketException("A Unix-domain client socket does not accept");
    }

    @Override
    protected InputStream getInputStream() {
      return new InputStream() {
        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          int n = read(one, 0, 1);
          return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return len == 0 ? 0 : Impl.this.read(ByteBuffer.wrap(b, off, len));
        }

        @Override
        public int available() {
          return 0;
        }
      };
    }

    @Override
    protected OutputStream getOutputStream() {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          Impl.this.write(ByteBuffer.wrap(b, off, len));
        }
      };
    }

    private synchronized int read(ByteBuffer into) throws IOException {
      int timeout = timeoutMs;
      if (timeout <= 0) {
        blocking(true);
        return channel.read(into);
      }
      blocking(false);
      long deadline = System.nanoTime() + timeout * 1_000_000L;
      while (true) {
        int n = channel.read(into);
        if (n != 0) {
          return n;
        }
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
          throw new SocketTimeoutException("Read timed out");
        }
        selector.select(left);
      }
    }

    private void write(ByteBuffer from) throws IOException {
      synchronized (this) {
        blocking(true);
      }
      while (from.hasRemaining()) {
        channel.write(from);
      }
    }

    /** Switches the channel between blocking reads and reads a selector can time out. */
    private void blocking(boolean on) throws IOException {
      if (channel == null) {
        throw new SocketException("Socket is not connected");
      }
      if (channel.isBlocking() == on) {
        return;
      }
      if (on) {
        key.cancel();
        selector.selectNow(); // deregisters the channel, which may then block again
        key = null;
        channel.configureBlocking(true);
      } else {
        if (selector == null) {
          selector = Selector.open();
        }
        channel.configureBlocking(false);
        key = channel.register(selector, SelectionKey.OP_READ);
      }
    }

    @Override
    protected int available() {
      return 0;
    }

    @Override
    protected void close() throws IOException {
      try {
        if (channel != null) {
          channel.close();
        }
      } finally {
        if (selector != null) {
          selector.close();
        }
      }
    }

    @Override
    protected void sendUrgentData(int data) throws IOException {
      throw new SocketException("No urgent data on a Unix-domain socket");
    }

    @Override
    protected void shutdownInput() throws IOException {
      channel.shutdownInput();
    }

    @Override
    protected void shutdownOutput() throws IOException {
      channel.shutdownOutput();
    }

    @Override
    public void setOption(int optID, Object value) throws SocketException {
      if (optID == SocketOptions.SO_TIMEOUT) {
        timeoutMs = (Integer) value;
      }
      // TCP_NODELAY, SO_KEEPALIVE, buffer sizes: nothing to set on a Unix-domain socket
    }

    @Override
    public Object getOption(int optID) throws SocketException {
      return switch (optID) {
        case SocketOptions.SO_TIMEOUT -> timeoutMs;
        case SocketOptions.TCP_NODELAY, SocketOptions.SO_KEEPALIVE -> Boolean.TRUE;
        case SocketOptions.SO_LINGER -> -1;
        case SocketOptions.SO_BINDADDR -> InetAddress.getLoopbackAddress();
        case SocketOptions.SO_RCVBUF, SocketOptions.SO_SNDBUF -> 212_992;
        default -> null;
      };
    }
  }
}
