package ma.hadana.admin.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The console speaks French (default), Arabic and English; {@code ?lang=} sets a cookie. */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

  /** The languages of the console, in the order of the language menu. */
  static final List<String> LANGUAGES = List.of("fr", "ar", "en");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new SupportedOnly("hadana-lang");
    resolver.setDefaultLocale(Locale.FRENCH);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }

  /** Keeps the cookie to the console's languages; anything else falls back to French. */
  private static final class SupportedOnly extends CookieLocaleResolver {

    SupportedOnly(String cookieName) {
      super(cookieName);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale l) {
      boolean known = l != null && LANGUAGES.contains(l.getLanguage());
      super.setLocale(request, response, known ? new Locale(l.getLanguage()) : Locale.FRENCH);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      Locale l = super.resolveLocale(request);
      return LANGUAGES.contains(l.getLanguage()) ? new Locale(l.getLanguage()) : Locale.FRENCH;
    }
  }
}
