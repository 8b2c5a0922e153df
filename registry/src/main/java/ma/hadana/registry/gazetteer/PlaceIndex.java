package ma.hadana.registry.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every way of writing a gazetteer place, as a trie of canonical tokens ({@link PlaceNames}):
 * the name, the Arabic name, the source's alternative names and the hand-written aliases of
 * {@code data/place_aliases.csv}, each with its generated variants ({@link NameVariants}). A
 * symmetric-delete index over the trie's words gives typo corrections without a scan.
 */
@Component
public class PlaceIndex {

  static final String ALIASES = "data/place_aliases.csv";

  /** A vocabulary word close to a typed word, and how many edits apart they are. */
  public record Correction(String token, int edits) {}

  /** One trie node: the names whose key ends here, and the next words. */
  public static final class Node {
    private final Map<String, Node> children = new HashMap<>(4);
    private final Map<String, IndexedName> names = new LinkedHashMap<>(2);
    private List<IndexedName> frozen = List.of();

    /** The node after one more word, or {@code null}. */
    public Node child(String token) {
      return children.get(token);
    }

    /** The names whose whole key ends at this node, one per place (its best name). */
    public List<IndexedName> names() {
      return frozen;
    }

    void add(IndexedName n) {
      names.merge(n.place().id(), n, IndexedName::merge);
    }

    void freeze() {
      frozen = List.copyOf(names.values());
      children.values().forEach(Node::freeze);
    }
  }

  private final Node root = new Node();
  private final Node skeletonRoot = new Node();
  private final TokenCorrector corrector;
  private final int maxKeyTokens;
  private final int aliasCount;
  private final Set<String> aliased = new HashSet<>();

  /** Indexes the gazetteer and the shipped aliases. */
  @Autowired
  public PlaceIndex(Gazetteer gazetteer) {
    this(gazetteer, Csv.read(ALIASES));
  }

  PlaceIndex(Gazetteer gazetteer, List<Map<String, String>> aliases) {
    Set<String> words = new HashSet<>();
    int longest = 0;
    for (Place p : gazetteer.all()) {
      longest = Math.max(longest, add(p, p.name(), NameSource.NAME, words));
      if (p.nameAr() != null) {
        longest = Math.max(longest, add(p, p.nameAr(), NameSource.NAME_AR, words));
      }
      for (String alt : p.altNames()) {
        longest = Math.max(longest, add(p, alt, NameSource.ALT_NAME, words));
      }
    }
    for (Map<String, String> row : aliases) {
      String id = row.get("place_id");
      Place p =
          gazetteer
              .byId(id)
              .orElseThrow(() -> new IllegalStateException(ALIASES + ": unknown place id " + id));
      longest = Math.max(longest, add(p, row.get("alias"), NameSource.ALIAS, words));
      aliased.add(id);
    }
    root.freeze();
    skeletonRoot.freeze();
    this.corrector = new TokenCorrector(words);
    this.maxKeyTokens = longest;
    this.aliasCount = aliases.size();
  }

  /** The start of every key. */
  public Node root() {
    return root;
  }

  /**
   * The start of every key of Latin-letter names as consonant skeletons ({@link
   * PlaceNames#skeleton}), for Arabic-letter words the data has no Arabic name for.
   */
  public Node skeletonRoot() {
    return skeletonRoot;
  }

  /** Vocabulary words within the edit budget of a canonical word, exact match first. */
  public List<Correction> corrections(String canonicalToken) {
    return corrector.corrections(canonicalToken);
  }

  /** True when some key contains this canonical word. */
  public boolean contains(String canonicalToken) {
    return corrector.contains(canonicalToken);
  }

  /** The places whose key is exactly this text once canonical (no typo tolerance). */
  public List<IndexedName> lookup(String text) {
    Node n = root;
    for (String t : PlaceNames.tokens(text)) {
      n = n.child(t);
      if (n == null) {
        return List.of();
      }
    }
    return n == root ? List.of() : n.names();
  }

  /** The most words in one key. */
  public int maxKeyTokens() {
    return maxKeyTokens;
  }

  /** True when {@code data/place_aliases.csv} lists the place: people are known to name it. */
  public boolean isAliased(String placeId) {
    return aliased.contains(placeId);
  }

  /** Number of aliases loaded. */
  public int aliasCount() {
    return aliasCount;
  }

  private void addSkeleton(String[] tokens, IndexedName name) {
    if (PlaceNames.isArabic(tokens[0].charAt(0))) {
      return;
    }
    Node n = skeletonRoot;
    for (String t : tokens) {
      String sk = PlaceNames.skeleton(t);
      if (!sk.isEmpty()) {
        n = n.children.computeIfAbsent(sk, k -> new Node());
      }
    }
    if (n != skeletonRoot) {
      n.add(name);
    }
  }

  private int add(Place p, String written, NameSource source, Set<String> words) {
    int longest = 0;
    boolean generic = PlaceNames.hasGenericWord(written);
    for (Map.Entry<String, Boolean> key : NameVariants.keys(written).entrySet()) {
      Node n = root;
      String[] tokens = key.getKey().split(" ");
      for (String t : tokens) {
        n = n.children.computeIfAbsent(t, k -> new Node());
        words.add(t);
      }
      IndexedName name = new IndexedName(p, source, written, key.getValue(), generic, !generic);
      n.add(name);
      longest = Math.max(longest, tokens.length);
      addSkeleton(tokens, name);
    }
    return longest;
  }
}
