package ma.hadana.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boot configuration for the registry's own tests (the registry jar has no application). */
@SpringBootApplication
public class RegistryTestApplication {}
