Feature: Address changes
  A customer may send an order that has not left the warehouse somewhere else. The new address is the parts the
  ticket names put over the order's own, and it must be one a parcel can go to: a street, a city, a country code and a
  postal code of that country's format. Otherwise the customer is told what is wrong, before anyone is asked. An
  address change writes to one order, so an approver agrees to it first; the run reads the order back to see it.

  Background:
    Given a store whose auto-refund limit is 100

  Scenario: A processing order is sent to the customer's office once an approver agrees
    When "ananya.iyer@example.in" writes "Please send order 1009 to my office instead: 3rd Floor, Cyber Towers, HITEC City, Hyderabad 500081"
    Then the ticket was read as address_change
    And the ticket waits for approval by an "approver"
    When "lead@store.example" approves the address change
    Then the ticket is resolved
    And order "1009" ships to "3rd Floor, Cyber Towers, HITEC City, Hyderabad, 500081, IN"
    And "ananya.iyer@example.in" is told "3rd Floor, Cyber Towers, HITEC City, Hyderabad, 500081, IN"

  Scenario: A postal code that does not fit the order's country is refused before anyone is asked
    When "maria.garcia@example.com" writes "Please send order 1003 to 10 Downing Street, London SW1A 2AA"
    Then the ticket is declined
    And order "1003" ships to "2207 E Cesar Chavez St, Austin, TX, 78702, US"
    And "maria.garcia@example.com" is told "'SW1A 2AA' is not a postal code of US"

  Scenario: An order that has shipped keeps its address, and the customer is told why
    When "james.oconnor@example.com" writes "Please send order 1004 to 200 Clarendon St, Boston, MA 02116"
    Then the ticket is declined
    And the playbook was stopped by the rule "A cancellation or address change on an order that has shipped is denied"
    And "james.oconnor@example.com" is told "it can no longer be cancelled or re-addressed"
