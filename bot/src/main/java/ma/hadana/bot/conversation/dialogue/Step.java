package ma.hadana.bot.conversation.dialogue;

import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.PlaceRef;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Understanding;
import ma.hadana.bot.conversation.reply.ReplyVariant;

/**
 * One message being answered: what came in, how it was read, the dialogue state as it evolves,
 * and the replies gathered so far.
 */
public final class Step {

  final Channel channel;
  final String senderKey;
  final Understanding understanding;
  final String text;
  Intent intent;
  ReplyVariant variant;
  DialogueState state;
  PlaceRef place;
  List<String> candidates = List.of();
  String asks;
  final List<Reply> replies = new ArrayList<>();

  Step(Channel channel, String senderKey, String text, Understanding u, DialogueState state) {
    this.channel = channel;
    this.senderKey = senderKey;
    this.text = text;
    this.understanding = u;
    this.intent = u.intent();
    this.state = state;
  }
}
