package ma.hadana.bot.conversation.understanding.model;

/**
 * OpenNLP maxent training settings.
 *
 * @param algorithm OpenNLP trainer: MAXENT_QN (L-BFGS, regularised), MAXENT (GIS) or NAIVEBAYES
 * @param iterations training iterations
 * @param cutoff minimum number of times a feature must occur to be kept
 * @param l1 L1 regularisation cost (MAXENT_QN only)
 * @param l2 L2 regularisation cost (MAXENT_QN only)
 */
public record Training(String algorithm, int iterations, int cutoff, double l1, double l2) {}
