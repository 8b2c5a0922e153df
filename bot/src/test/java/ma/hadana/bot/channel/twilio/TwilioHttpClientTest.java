package ma.hadana.bot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.channel.outbox.SendResult;
import org.junit.jupiter.api.Test;

/**
 * The configured timeout bounds the connection too: the SDK sets 30.5 s on every request, which
 * would let a send outlast what the outbox counts on (see {@code TwilioSender.longestCall}).
 */
class TwilioHttpClientTest {

  @Test
  void aConnectionThatNeverCompletesEndsAsAConnectionError() throws Exception {
    // A listening socket that never accepts, its queue full: the kernel then drops further
    // connection attempts, which wait until the client's connect timeout. Ours is 500 ms; the
    // SDK's own 30.5 s would trip this test's guard (20 s, a hang detector, not a measurement).
    InetAddress local = InetAddress.getLoopbackAddress();
    List<Socket> filling = new ArrayList<>();
    try (ServerSocket server = new ServerSocket(0, 1, local)) {
      for (int i = 0; i < 8; i++) {
        Socket s = new Socket();
        filling.add(s);
        try {
          s.connect(new InetSocketAddress(local, server.getLocalPort()), 200);
        } catch (IOException queueFull) {
          break;
        }
      }
      TwilioHttpClient client = new TwilioHttpClient(
          "http://127.0.0.1:" + server.getLocalPort(), Duration.ofMillis(500));
      Request request = new Request(HttpMethod.POST,
          "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages.json");
      request.addPostParam("Body", "test");
      assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
          assertThatThrownBy(() -> client.makeRequest(request))
              .isInstanceOf(ApiException.class)
              .hasMessageContaining("Connect timed out")
              // and the outbox will try again later
              .satisfies(e -> assertThat(TwilioSender.classify((ApiException) e).outcome())
                  .isEqualTo(SendResult.Outcome.RETRY)));
    } finally {
      for (Socket s : filling) {
        s.close();
      }
    }
  }
}
