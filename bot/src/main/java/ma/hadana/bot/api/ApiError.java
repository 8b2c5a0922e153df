package ma.hadana.bot.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error of the read API, e.g. {@code {"error":"bad_parameter",
 * "parameter":"lat","message":"..."}}; {@code parameter} only when one parameter is at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String parameter, String message) {}
