package ma.hadana.registry.search;

/** Thrown by a search before the index has been loaded from the database. */
public class IndexNotLoadedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public IndexNotLoadedException() {
    super("the crèche search index is not loaded yet");
  }
}
