package ma.hadana.admin.access;

/** What a console user may do: admins everything, editors the listings, social workers read. */
public enum Role {
  ADMIN,
  EDITOR,
  SOCIAL_WORKER
}
