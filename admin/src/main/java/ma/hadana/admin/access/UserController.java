package ma.hadana.admin.access;

import java.util.Arrays;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /users} (admins only): accounts, their role, creating one and lifting a lock-out. */
@Controller
@RequestMapping("/users")
class UserController {

  private final ConsoleUsers users;
  private final PasswordEncoder encoder;

  UserController(ConsoleUsers users, PasswordEncoder encoder) {
    this.users = users;
    this.encoder = encoder;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("users", users.all());
    model.addAttribute("roles", Arrays.asList(Role.values()));
    return "users";
  }

  /** Creates an account, or resets the password and role of an existing one. */
  @PostMapping
  String save(@RequestParam String email, @RequestParam Role role,
      @RequestParam String password) {
    if (!email.contains("@")
        || password.length() < AdminAccountProperties.MIN_PASSWORD_LENGTH) {
      return "redirect:/users?invalid";
    }
    users.upsert(email, encoder.encode(password), role);
    return "redirect:/users?saved";
  }

  @PostMapping("/unlock")
  String unlock(@RequestParam String email) {
    users.unlock(email);
    return "redirect:/users?saved";
  }
}
