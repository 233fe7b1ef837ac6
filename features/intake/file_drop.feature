Feature: Tickets by file drop
  A store that does not call the API drops files in its folder: a ticket as JSON (the shape POST /api/v1/tickets
  takes) or a saved mail (.eml). A file that became a ticket moves to done/; one that could not moves to failed/ with
  a note beside it saying why. Nothing is deleted, and a file dropped twice makes one ticket.

  Background:
    Given a store with a drop folder

  Scenario: A JSON ticket is taken in
    When the store drops "order.json" containing:
      """
      {"customerEmail": "ana@customer.example", "subject": "Order 1001", "text": "Where is my order 1001?"}
      """
    Then a ticket from "ana@customer.example" about "Order 1001" is opened
    And "order.json" is moved to done

  Scenario: A file dropped twice makes one ticket
    When the store drops "order.json" containing:
      """
      {"customerEmail": "ana@customer.example", "text": "Where is my order 1001?"}
      """
    And the store drops "order.json" again
    Then 2 copies of "order.json" are in done
    And the store has 1 ticket

  Scenario: A file that makes no ticket is kept with its reason
    When the store drops "bad.json" containing:
      """
      {"customerEmail": "not an address", "text": "hello"}
      """
    Then "bad.json" is moved to failed because "must be an email address"

  Scenario: A saved mail is read as a mail in the mailbox would be
    When the store drops a saved mail from "ana@customer.example" about "Broken mug"
    Then a ticket from "ana@customer.example" about "Broken mug" is opened
    And "ana.eml" is moved to done
