package ma.hadana.bot.api;

/** A query parameter of the read API is missing or wrong; answered with 400 and its name. */
public class BadParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  public BadParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The name of the parameter at fault, as the client spelled it in the URL. */
  public String parameter() {
    return parameter;
  }
}
