Feature: Which playbook a ticket goes to
  A reader (the keyword reader, or a language model) says what a ticket asks for, which order it names and
  how sure it is. The rules pick the playbook and the tier of the work. A playbook only acts on a reading the
  tenant trusts: one read with less confidence than the tenant's "minIntentConfidence" (0.5 unless the tenant
  sets its own) goes to a person, as does a request about an order that names none, and one not recognised.

  The tier here is the ticket's; every operation a playbook then performs is decided again on its own.

  Scenario Outline: A confident reading of <intent> goes to the <playbook> playbook at tier <tier>
    Given a ticket read as <intent> with confidence 0.9, naming order "1001"
    When the ticket is triaged
    Then it goes to the <playbook> playbook
    And the operation is tier <tier>

    Examples: requests about one order
      | intent              | playbook           | tier    |
      | refund_request      | refund_order       | 2 WRITE |
      | order_status        | order_status       | 0 READ  |
      | address_change      | address_change     | 2 WRITE |
      | cancel_order        | cancel_order       | 2 WRITE |
      | return_request      | return_and_replace | 2 WRITE |
      | replacement_request | return_and_replace | 2 WRITE |
      | discount_request    | goodwill_discount  | 2 WRITE |

  Scenario Outline: A confident <intent> needs no order to go to the <playbook> playbook
    Given a ticket read as <intent> with confidence 0.9, naming no order
    When the ticket is triaged
    Then it goes to the <playbook> playbook
    And the operation is tier 2 WRITE

    Examples: a seller's catalogue changes
      | intent           | playbook         |
      | price_change     | catalogue_change |
      | promo_change     | catalogue_change |
      | inventory_update | catalogue_change |
      | product_create   | catalogue_change |

  Scenario Outline: A request about an order that names none (<intent>) goes to a person
    Given a ticket read as <intent> with confidence 0.9, naming no order
    When the ticket is triaged
    Then it goes to a person
    And the operation is tier 0 READ
    And the rule "A ticket about an order that names no order goes to a person" fired

    Examples:
      | intent              |
      | refund_request      |
      | order_status        |
      | address_change      |
      | cancel_order        |
      | return_request      |
      | replacement_request |
      | discount_request    |

  Scenario: A request that was not recognised goes to a person, however sure the reader is
    Given a ticket read as other with confidence 0.95, naming order "1001"
    When the ticket is triaged
    Then it goes to a person
    And the rule "A ticket whose request is not recognised goes to a person" fired

  Scenario Outline: A refund request read with confidence <confidence> goes to <destination>
    Given a ticket read as refund_request with confidence <confidence>, naming order "1001"
    When the ticket is triaged
    Then it goes to <destination>

    Examples: at and around the default minimum of 0.5
      | confidence | destination                 |
      | 0.49       | a person                    |
      | 0.5        | the refund_order playbook   |
      | 0.51       | the refund_order playbook   |

  Scenario Outline: A store that wants more certainty (0.8) sends a reading of <confidence> to <destination>
    Given the tenant has set "minIntentConfidence" to "0.8"
    And a ticket read as order_status with confidence <confidence>, naming order "1004"
    When the ticket is triaged
    Then it goes to <destination>

    Examples: at and around the tenant's minimum
      | confidence | destination                 |
      | 0.79       | a person                    |
      | 0.8        | the order_status playbook   |
      | 0.81       | the order_status playbook   |

  Scenario: A reading below the minimum says why it went to a person
    Given a ticket read as cancel_order with confidence 0.3, naming order "1003"
    When the ticket is triaged
    Then it goes to a person
    And the operation is tier 0 READ
    And the rule "A ticket read with less confidence than the tenant accepts goes to a person" fired
    And the rule "A cancellation of a named order is a single write" did not fire
