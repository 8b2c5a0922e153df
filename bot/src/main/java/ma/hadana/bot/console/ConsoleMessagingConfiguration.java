package ma.hadana.bot.console;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * What the console (the admin app, another process on the same database) borrows from the bot to
 * write to families: the outbox it queues messages in (the bot's workers send them), the reply
 * catalogue and writer that word them in the family's language, the sender keys that find a
 * family's contact, the referrals it records (their store and the family's message) and the inbox
 * of conversations handed to people. The admin app imports this instead of scanning the bot's
 * packages, so it runs no channel, worker or webhook of its own. Add a class here when the
 * console needs it.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "ma.hadana.bot", useDefaultFilters = false,
    includeFilters = @Filter(type = FilterType.REGEX, pattern = {
        "ma\\.hadana\\.bot\\.channel\\.outbox\\.(Outbox|OutboxStore)",
        "ma\\.hadana\\.bot\\.conversation\\.reply\\.(ReplyCatalog|ReplyWriter)",
        "ma\\.hadana\\.bot\\.referral\\.(Referrals|ReferralStore|ReferralMessage)",
        "ma\\.hadana\\.bot\\.privacy\\.SenderKeys",
        "ma\\.hadana\\.bot\\.handover\\.(Inbox|HandoverStore)"}))
public class ConsoleMessagingConfiguration {
}
