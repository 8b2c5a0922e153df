package ma.hadana.bot.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the bot and PostgreSQL that a test can cut: {@link #cut()} closes every
 * relayed connection and stops listening (new connections are refused), {@link #restore()}
 * listens again on the same port. Plain sockets, two threads per connection.
 */
public final class TcpProxy implements AutoCloseable {

  private final int targetPort;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;

  public TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = listen(0);
    this.port = server.getLocalPort();
    accept(server);
  }

  public int port() {
    return port;
  }

  /** Drops every connection now and refuses new ones until {@link #restore()}. */
  public synchronized void cut() throws IOException {
    ServerSocket s = server;
    server = null;
    if (s != null) {
      s.close();
    }
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  /** Accepts and relays connections again. */
  public synchronized void restore() throws IOException {
    if (server == null) {
      server = listen(port);
      accept(server);
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return s;
  }

  private void accept(ServerSocket s) {
    Thread t = new Thread(() -> {
      while (!s.isClosed()) {
        try {
          Socket client = s.accept();
          Socket upstream;
          try {
            upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
          } catch (IOException e) {
            closeQuietly(client);
            continue;
          }
          sockets.add(client);
          sockets.add(upstream);
          if (server != s) { // cut while connecting
            closeQuietly(client);
            closeQuietly(upstream);
            continue;
          }
          pump(client, upstream);
          pump(upstream, client);
        } catch (IOException e) {
          return; // closed by cut()
        }
      }
    }, "tcp-proxy-accept");
    t.setDaemon(true);
    t.start();
  }

  private void pump(Socket from, Socket to) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // either side closed
      } finally {
        closeQuietly(from);
        closeQuietly(to);
        sockets.remove(from);
        sockets.remove(to);
      }
    }, "tcp-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
