Feature: Tickets by mail
  A store reads its support mailbox into tickets. A customer's mail becomes a ticket with the sender, the subject
  and the text (the text a person would see, when the mail is HTML only); attachments are listed, never kept. A reply
  in a thread the store knows is added to that thread's ticket instead of opening another. Mail that a machine sent —
  an out-of-office reply, a bounce, the store's own mail come back — is recorded and never becomes a ticket. The
  store's answer goes back by mail, in the customer's thread.

  Background:
    Given a store whose support mailbox is "support@shop.example"

  Scenario: A customer's mail becomes a ticket
    When "ana@customer.example" mails "Where is my order?" saying "Hello, where is my order 1001?"
    Then a ticket from "ana@customer.example" about "Where is my order?" is opened
    And the ticket's text is "Hello, where is my order 1001?"

  Scenario: A reply in the thread joins the ticket
    Given "ana@customer.example" mailed "Where is my order?" saying "Hello, where is my order 1001?"
    When "ana@customer.example" replies in that thread "Any news?"
    Then the store has 1 ticket
    And the ticket holds 2 mails

  Scenario: A reply to a resolved ticket brings it back to a person
    A customer who answers after the store resolved their ticket is not done with it. Nothing is done on a guess of
    what the reply asks: a person reads it.
    Given "james.oconnor@example.com" mailed "Order 1004" saying "Hi, where is my order #1004?"
    And the ticket is resolved
    When "james.oconnor@example.com" replies in that thread "It still has not arrived."
    Then the store has 1 ticket
    And the ticket goes back to a person, because "The customer replied after the ticket was resolved"

  Scenario: An HTML-only mail is read as text, and its attachments are listed
    When "bob@customer.example" mails the page "<p>Please refund order <b>1002</b>.</p><p>Thanks</p>" with the photo "mug.jpg"
    Then the ticket's text is "Please refund order 1002. Thanks" when read on one line
    And the ticket lists the attachment "mug.jpg" of type "image/jpeg"

  Scenario Outline: Mail a machine sent is recorded, not made a ticket
    When the mailbox receives <mail>
    Then the store has 0 tickets
    And the store sees the mail refused as "<kind>"

    Examples:
      | mail                                  | kind       |
      | an out-of-office reply                | auto_reply |
      | a bounce                              | bounce     |
      | the store's own answer come back      | loop       |

  Scenario: The store's answer goes back in the customer's thread
    Given the store sends its mail through its own mail server
    When "james.oconnor@example.com" mails "Order 1004" saying "Hi, where is my order #1004?"
    Then "james.oconnor@example.com" gets an answer in the thread of that mail, once
