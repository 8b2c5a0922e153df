package ma.hadana.admin.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Each role is refused what it may not do, on the server; CSRF, lock-out and escaping hold. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleAccessTest {

  private static final RequestPostProcessor ADMIN = user("admin@hadana.test").roles("ADMIN");
  private static final RequestPostProcessor EDITOR = user("editor@hadana.test").roles("EDITOR");
  private static final RequestPostProcessor SOCIAL_WORKER =
      user("sw@hadana.test").roles("SOCIAL_WORKER");

  @Autowired MockMvc mvc;
  @Autowired RegistryService registry;
  @Autowired ConsoleUsers users;
  @Autowired PasswordEncoder encoder;

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    mvc.perform(get("/listings")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void socialWorkerReadsListingsButCannotEditImportOrExport() throws Exception {
    mvc.perform(get("/listings").with(SOCIAL_WORKER)).andExpect(status().isOk());
    mvc.perform(get("/listings/new").with(SOCIAL_WORKER)).andExpect(status().isForbidden());
    mvc.perform(get("/listings/CR-00001/edit").with(SOCIAL_WORKER))
        .andExpect(status().isForbidden());
    mvc.perform(post("/listings/CR-00001/edit").with(SOCIAL_WORKER).with(csrf())
        .param("version", "0")).andExpect(status().isForbidden());
    mvc.perform(post("/listings/CR-00001/deactivate").with(SOCIAL_WORKER).with(csrf())
        .param("version", "0").param("status", "closed")).andExpect(status().isForbidden());
    mvc.perform(get("/imports").with(SOCIAL_WORKER)).andExpect(status().isForbidden());
    mvc.perform(get("/exports/registry.csv").with(SOCIAL_WORKER))
        .andExpect(status().isForbidden());
  }

  @Test
  void editorEditsListingsButCannotImport() throws Exception {
    mvc.perform(get("/listings/new").with(EDITOR)).andExpect(status().isOk());
    mvc.perform(get("/imports").with(EDITOR)).andExpect(status().isForbidden());
    mvc.perform(multipart("/imports").file("file", "id\n".getBytes()).with(EDITOR).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/imports").with(ADMIN)).andExpect(status().isOk());
  }

  @Test
  void onlyAdminsManageAccounts() throws Exception {
    mvc.perform(get("/users").with(EDITOR)).andExpect(status().isForbidden());
    mvc.perform(post("/users").with(EDITOR).with(csrf()).param("email", "x@hadana.test")
        .param("role", "ADMIN").param("password", "long enough password"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/users").with(ADMIN).with(csrf()).param("email", "new.sw@hadana.test")
        .param("role", "SOCIAL_WORKER").param("password", "long enough password"))
        .andExpect(redirectedUrl("/users?saved"));
    mvc.perform(get("/users").with(ADMIN))
        .andExpect(content().string(containsString("new.sw@hadana.test")));
    mvc.perform(formLogin().user("new.sw@hadana.test").password("long enough password"))
        .andExpect(redirectedUrl("/listings"));
  }

  @Test
  void formsWithoutCsrfTokenAreRefused() throws Exception {
    mvc.perform(post("/listings/new").with(ADMIN).param("id", "CR-77001"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/logout").with(ADMIN)).andExpect(status().isForbidden());
    mvc.perform(post("/login").param("username", "a@b.c").param("password", "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aListingNameWithAScriptTagRendersAsText() throws Exception {
    var c = Creches.SALE_AL_AMAL;
    registry.save(new ma.hadana.registry.creche.Creche("CR-77002", "<script>alert(1)</script>",
        c.nameAr(), c.type(), null, null, null, c.commune(), null, null, null, c.lat(), c.lon(),
        null, c.ageMinMonths(), c.ageMaxMonths(), null, null, null, null, null, null, null, null,
        null, null, null, null), null, "test");
    mvc.perform(get("/listings/CR-77002").with(SOCIAL_WORKER))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert"))));
    mvc.perform(get("/listings").param("q", "alert").with(SOCIAL_WORKER))
        .andExpect(content().string(not(containsString("<script>alert"))));
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
    users.upsert("Locked@Hadana.test", encoder.encode("correct horse battery"), Role.EDITOR);
    mvc.perform(formLogin().user("locked@hadana.test").password("correct horse battery"))
        .andExpect(redirectedUrl("/listings"));
    for (int i = 0; i < LoginAttempts.LIMIT; i++) {
      mvc.perform(formLogin().user("locked@hadana.test").password("wrong"))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(formLogin().user("locked@hadana.test").password("correct horse battery"))
        .andExpect(redirectedUrl("/login?locked"));
  }

  @Test
  void signingInGivesANewSessionId() throws Exception {
    users.upsert("fixation@hadana.test", encoder.encode("correct horse battery"), Role.ADMIN);
    var session = new org.springframework.mock.web.MockHttpSession();
    String before = session.getId();
    var result = mvc.perform(post("/login").session(session).with(csrf())
            .param("username", "fixation@hadana.test").param("password", "correct horse battery"))
        .andExpect(redirectedUrl("/listings")).andReturn();
    org.assertj.core.api.Assertions.assertThat(result.getRequest().getSession().getId())
        .isNotEqualTo(before);
  }

  @Test
  void arabicPagesAreRightToLeft() throws Exception {
    mvc.perform(get("/login").param("lang", "ar"))
        .andExpect(content().string(containsString("dir=\"rtl\"")))
        .andExpect(content().string(containsString("تسجيل الدخول")));
    mvc.perform(get("/login").param("lang", "en"))
        .andExpect(content().string(containsString("dir=\"ltr\"")));
  }

}
