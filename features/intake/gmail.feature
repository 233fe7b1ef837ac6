Feature: Tickets by Gmail
  A store can connect its Gmail account instead of a mailbox and a mail server. Mail that arrives unread in the
  account's inbox becomes a ticket exactly as mail from a mailbox does: the same sender, subject and text, the same
  threads, the same refusals of mail a machine sent. Gmail marks the mail read only once its ticket is kept; if
  anything fails before that, the mail stays unread, is read again, and still makes one ticket. The store's answer
  leaves through Gmail, in the customer's Gmail conversation.

  Background:
    Given a store whose support mailbox is the Gmail account "support@shop.example"

  Scenario: A customer's mail in Gmail becomes a ticket, and is then marked read
    When "ana@customer.example" writes "Where is my order?" to the Gmail account saying "Hello, where is my order 1001?"
    Then a ticket from "ana@customer.example" about "Where is my order?" is opened
    And the ticket's text is "Hello, where is my order 1001?"
    And Gmail shows no unread mail

  Scenario: A reply in the Gmail conversation joins the ticket
    Given "ana@customer.example" wrote "Where is my order?" to the Gmail account saying "Hello, where is my order 1001?"
    When "ana@customer.example" replies in that Gmail conversation "Any news?"
    Then the store has 1 ticket
    And the ticket holds 2 mails

  Scenario: An out-of-office reply arriving in Gmail is recorded, not made a ticket
    When the Gmail account receives an out-of-office reply
    Then the store sees the mail refused as "auto_reply"
    And the store has 0 tickets
    And Gmail shows no unread mail

  Scenario: While Gmail is unavailable the mail waits unread, and nothing is lost
    Given Gmail answers "503 Service Unavailable" the next 2 times a mail is fetched
    When "ana@customer.example" writes "Where is my order?" to the Gmail account saying "Hello, where is my order 1001?"
    Then a ticket from "ana@customer.example" about "Where is my order?" is opened
    And Gmail shows no unread mail
    And the store has 1 ticket

  Scenario: The store's answer leaves through Gmail, in the customer's conversation
    When "james.oconnor@example.com" writes "Order 1004" to the Gmail account saying "Hi, where is my order #1004?"
    Then "james.oconnor@example.com" gets an answer through Gmail in that conversation, once
