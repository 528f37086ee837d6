package org.mehrcrm.customer;

/**
 * A way of reaching a customer: the shipped channels, or one the host declares.
 *
 * <p>Example: {@code Channel.EMAIL}, or {@code Channel.of("bale")} for a host's own messenger.
 * Codes are lower-case words. Immutable and thread-safe.
 *
 * @param code the channel's code, e.g. {@code "email"}
 */
public record Channel(String code) {
  /** E-mail. */
  public static final Channel EMAIL = new Channel("email");
  /** Voice telephone. */
  public static final Channel PHONE = new Channel("phone");
  /** Text messages. */
  public static final Channel SMS = new Channel("sms");
  /** Chat on the host's own site or app. */
  public static final Channel CHAT = new Channel("chat");
  /** A messenger service (Telegram, WhatsApp, …). */
  public static final Channel MESSENGER = new Channel("messenger");
  /** Paper mail. */
  public static final Channel POST = new Channel("post");
  /** A visit, in person. */
  public static final Channel VISIT = new Channel("visit");
  /** Social networks. */
  public static final Channel SOCIAL = new Channel("social");
  /** A scheduled meeting, in person or online. */
  public static final Channel MEETING = new Channel("meeting");
  /** The host's web site or portal (forms, self-service). */
  public static final Channel WEB = new Channel("web");
  /** A letter: the same channel as {@link #POST}, under the name interactions use. */
  public static final Channel LETTER = POST;

  /**
   * Validates the code.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a lower-case code
   */
  public Channel {
    Codes.requireCode(code, "channel");
  }

  /**
   * Returns the channel with this code.
   *
   * @param code the code
   * @return the channel
   */
  public static Channel of(String code) {
    return new Channel(code);
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
