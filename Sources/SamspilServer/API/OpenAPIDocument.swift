/// The OpenAPI 3.1 document of the JSON API at `/api/v1` (`APIController`), served at
/// `/api/v1/openapi.json`: every operation, its parameters and request body, and every status it answers
/// with, each response's shape (`API` in APIObjects.swift) and the one error shape (`JSONInterface.Failure`).
/// The tests and `scripts/api-check` (schemathesis, from this document) keep it true to the code: a change
/// of a route, a status or a field of the JSON is a change here too.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Samspil API",
        "version": "1",
        "description": "The JSON API of Samspil: the bodies of the health cooperation, their meetings, agendas, minutes, attendance lists, follow-up actions and attachments, and the search. It does what the web pages do, with the same rights and the same checks, and the pages and the API give the same viewer the same answer.\n\n**Tokens.** A request acts as the user of its personal API token, made on the web page /min-konto/api-noegler or with `samspil user token EMAIL --name NAME`, and sent as `Authorization: Bearer <token>`. A token has its user's rights as they are at each call. Without a token a request acts as the public: it reads what is published, and a write answers 401. A request whose Authorization header is not a known, unrevoked token answers 401 whatever it asks, also where no token is needed. Writes need the secretary role in the body (or an administrator's token), and the follow-up actions of a body a member's; a token whose user lacks the role gets 403. A meeting the viewer may not see (with its items and attachments) answers 404, as if it did not exist. A write without a token answers 401 before anything is looked up; with a token, a thing that does not exist (or that the token's user may not see) answers 404.\n\n**Requests.** A write sends a JSON object (`Content-Type: application/json`) with the field names of the page's form, in camelCase. Each value may be a string, a number or a boolean, read as text (true as `1`, false as an empty text); null is a field not sent. Values the form refuses answer 422, with what is wrong with each field in `error.fields` (in Danish, as the pages say it). An upload is multipart/form-data. Every successful write raises the revision of the meeting it changed.\n\n**Responses.** JSON. Ids are UUIDs, written in capitals (paths take either case); days are `YYYY-MM-DD`, times of day `HH:MM` in Danish time, instants ISO 8601 with their offset. A property without a value is left out, never null. Every error, whatever its status, has one shape: `{\"error\": {\"status\": 404, \"code\": \"not_found\", \"message\": \"…\", \"fields\": {…}}}`, with `fields` only for a refused write. Every response carries `Access-Control-Allow-Origin: *`."
      },
      "servers": [{"url": "/api/v1"}],
      "security": [{"bearer": []}, {}],
      "tags": [
        {"name": "bodies", "description": "The bodies (fora) of the health cooperation."},
        {"name": "meetings", "description": "Meetings and their life cycle."},
        {"name": "items", "description": "Agenda items and their texts."},
        {"name": "attendance", "description": "Who came to a meeting."},
        {"name": "actions", "description": "Follow-up actions of items."},
        {"name": "attachments", "description": "Files of items and meetings."},
        {"name": "search", "description": "Search across bodies and years."},
        {"name": "account", "description": "The token's user."},
        {"name": "document", "description": "This document."}
      ],
      "paths": {
        "/openapi.json": {
          "get": {
            "operationId": "openAPIDocument",
            "tags": ["document"],
            "summary": "This document.",
            "security": [{}],
            "responses": {
              "200": {
                "description": "The OpenAPI document of the API.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"type": "object"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"}
            }
          }
        },
        "/me": {
          "get": {
            "operationId": "me",
            "tags": ["account"],
            "summary": "Who the request acts as: the token's user and their roles, or the public.",
            "responses": {
              "200": {
                "description": "The viewer.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Me"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"}
            }
          }
        },
        "/bodies": {
          "get": {
            "operationId": "listBodies",
            "tags": ["bodies"],
            "summary": "Every body, by name.",
            "responses": {
              "200": {
                "description": "The bodies.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/BodyList"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"}
            }
          }
        },
        "/bodies/{body}": {
          "parameters": [{"$ref": "#/components/parameters/body"}],
          "get": {
            "operationId": "getBody",
            "tags": ["bodies"],
            "summary": "One body.",
            "responses": {
              "200": {
                "description": "The body.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Body"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/bodies/{body}/meetings": {
          "parameters": [{"$ref": "#/components/parameters/body"}],
          "get": {
            "operationId": "listMeetings",
            "tags": ["meetings"],
            "summary": "The body's meetings the viewer may see, the latest first.",
            "description": "The public sees the meetings whose agenda is published; the body's members and secretaries, and administrators, see them all.",
            "responses": {
              "200": {
                "description": "The meetings.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/MeetingSummaryList"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          },
          "post": {
            "operationId": "createMeeting",
            "tags": ["meetings"],
            "summary": "Plans a new meeting of the body.",
            "description": "The fields of the meeting header form. A body cannot meet twice on the same day at the same time (422 on `date` or `start`).",
            "security": [{"bearer": []}],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "date": {"type": "string", "format": "date", "description": "The day of the meeting, `YYYY-MM-DD`."},
                      "start": {
                        "type": "string",
                        "pattern": "^(([01]?[0-9]|2[0-3])[:.][0-5][0-9])?$",
                        "description": "The time it starts, `HH:MM` (also `8.30`); empty for none."
                      },
                      "end": {
                        "type": "string",
                        "pattern": "^(([01]?[0-9]|2[0-3])[:.][0-5][0-9])?$",
                        "description": "The time it ends, `HH:MM`; after `start`."
                      },
                      "location": {"type": "string"},
                      "chair": {"type": "string", "description": "Who chairs it."},
                      "minuteTakers": {
                        "type": "string",
                        "description": "The minute takers' names, separated by commas (a text, not an array)."
                      }
                    },
                    "required": ["date"]
                  },
                  "example": {
                    "date": "2031-05-20",
                    "start": "13:00",
                    "end": "15:00",
                    "location": "Regionshuset Viborg, mødelokale 1",
                    "chair": "Anne Jensen",
                    "minuteTakers": "Peter Holm, Sara Lund"
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "The new meeting, with the standard items of its agenda.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          }
        },
        "/bodies/{body}/actions": {
          "parameters": [{"$ref": "#/components/parameters/body"}],
          "get": {
            "operationId": "listBodyActions",
            "tags": ["actions"],
            "summary": "The open follow-up actions of the body's meetings, then the latest closed ones.",
            "description": "Needs a member's or secretary's role in the body (or an administrator's token).",
            "security": [{"bearer": []}],
            "responses": {
              "200": {
                "description": "The actions.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/ActionList"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/meetings/{meeting}": {
          "parameters": [{"$ref": "#/components/parameters/meeting"}],
          "get": {
            "operationId": "getMeeting",
            "tags": ["meetings"],
            "summary": "One meeting with its agenda, as the meeting page shows it to the viewer.",
            "description": "A meeting whose agenda is not published does not exist for the public (404). Until the minutes are approved the public does not read the decisions; the attendance list comes with approved minutes, or to the body's members.",
            "responses": {
              "200": {
                "description": "The meeting.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/meetings/{meeting}/status": {
          "parameters": [{"$ref": "#/components/parameters/meeting"}],
          "post": {
            "operationId": "advanceMeeting",
            "tags": ["meetings"],
            "summary": "Takes the next step of the meeting's life cycle.",
            "description": "Steps go one at a time: planned, agendaPublished, held, minutesDraft, minutesApproved. Another step, or a step of a cancelled meeting, is refused with 409 `step_refused`; a step that would publish a CPR number, or a file that cannot be checked for one, with 422 `contains_cpr_number`.",
            "security": [{"bearer": []}],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "status": {
                        "type": "string",
                        "enum": ["agendaPublished", "held", "minutesDraft", "minutesApproved"],
                        "description": "The status to go to: the one after the meeting's current status."
                      }
                    },
                    "required": ["status"]
                  },
                  "example": {"status": "agendaPublished"}
                }
              }
            },
            "responses": {
              "200": {
                "description": "The meeting at its new status.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          }
        },
        "/meetings/{meeting}/items": {
          "parameters": [{"$ref": "#/components/parameters/meeting"}],
          "post": {
            "operationId": "addItem",
            "tags": ["items"],
            "summary": "Adds an item to the meeting's agenda.",
            "description": "The fields of the agenda builder's new-item form. The item goes where the page puts a new one. Refused with 409 `minutes_approved` once the minutes are approved.",
            "security": [{"bearer": []}],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "title": {"type": "string"},
                      "duration": {
                        "type": ["string", "integer"],
                        "pattern": "^[0-9]{1,3}$",
                        "minimum": 1,
                        "maximum": 480,
                        "description": "Whole minutes, 1 to 480; 15 when left out."
                      },
                      "kind": {
                        "type": "string",
                        "enum": ["decision", "discussion", "briefing", ""],
                        "description": "What the item asks of the body; another value leaves it unset."
                      },
                      "presenter": {"type": "string", "description": "Who presents it."}
                    },
                    "required": ["title"]
                  },
                  "example": {
                    "title": "Status på telemedicinsk hjemmemonitorering",
                    "duration": 20,
                    "kind": "briefing",
                    "presenter": "Anne Jensen"
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "The new item.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          }
        },
        "/meetings/{meeting}/attendance": {
          "parameters": [{"$ref": "#/components/parameters/meeting"}],
          "get": {
            "operationId": "getAttendance",
            "tags": ["attendance"],
            "summary": "The meeting's attendance list: the invited, then the guests.",
            "description": "The public reads it once the minutes are approved (404 before); the body's members always.",
            "responses": {
              "200": {
                "description": "The list.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/AttendeeList"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/meetings/{meeting}/attendance/{person}": {
          "parameters": [{"$ref": "#/components/parameters/meeting"}, {"$ref": "#/components/parameters/person"}],
          "put": {
            "operationId": "markAttendance",
            "tags": ["attendance"],
            "summary": "Marks one person on the meeting's list as present, sent apologies or absent.",
            "description": "The person must be on the list (404 otherwise); guests are added on the attendance page. Refused with 409 `minutes_approved` once the minutes are approved; a note with a CPR number is refused with 422 `contains_cpr_number` once the agenda is published.",
            "security": [{"bearer": []}],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "status": {"type": "string", "enum": ["present", "apologies", "absent"]},
                      "note": {"type": "string", "description": "A note beside the name; left out, the note is emptied."}
                    },
                    "required": ["status"]
                  },
                  "example": {"status": "apologies", "note": "Deltager i stedet i klyngemødet"}
                }
              }
            },
            "responses": {
              "200": {
                "description": "The person's entry as saved.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Attendee"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          }
        },
        "/items/{item}": {
          "parameters": [{"$ref": "#/components/parameters/item"}],
          "get": {
            "operationId": "getItem",
            "tags": ["items"],
            "summary": "One agenda item with its texts, attachments and follow-up actions, as the viewer may read them.",
            "description": "As on the meeting page: the decision of minutes not yet approved, and contact details, stay with the body's members.",
            "responses": {
              "200": {
                "description": "The item.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          },
          "put": {
            "operationId": "saveItem",
            "tags": ["items"],
            "summary": "Saves the item's texts, as the item editor does.",
            "description": "Send every field, as the editor's form does: a field left out is saved empty. `version` must be the item's version as read: otherwise nothing is saved and the answer is 409 `version_conflict` (read the item again and apply the change to it). Approved minutes can be corrected, with a `reason` that the audit trail keeps. A text that would publish a CPR number at once is refused with 422 `contains_cpr_number`.",
            "security": [{"bearer": []}],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "version": {"type": ["integer", "string"], "description": "The `version` of the item as read."},
                      "title": {"type": "string"},
                      "kind": {
                        "type": "string",
                        "enum": ["decision", "discussion", "briefing", ""],
                        "description": "What the item asks of the body; empty (or another value) for none."
                      },
                      "presenterMember": {
                        "type": "string",
                        "description": "The id of the body's member who presents it; `presenterOther` goes first."
                      },
                      "presenterOther": {"type": "string", "description": "The presenter's name, written by hand."},
                      "duration": {
                        "type": ["string", "integer"],
                        "pattern": "^([0-9]{1,3})?$",
                        "minimum": 1,
                        "maximum": 480,
                        "description": "Whole minutes, 1 to 480; empty for none."
                      },
                      "recommendation": {"type": "string", "description": "Indstilling."},
                      "description": {"type": "string", "description": "Sagsfremstilling."},
                      "decision": {"type": "string", "description": "Beslutning: the decision or minutes."},
                      "reason": {
                        "type": "string",
                        "description": "Why approved minutes are corrected; needed then, ignored otherwise."
                      }
                    },
                    "required": ["version", "title"]
                  },
                  "example": {
                    "version": 1,
                    "title": "Status på telemedicinsk hjemmemonitorering",
                    "kind": "briefing",
                    "presenterOther": "Anne Jensen",
                    "duration": 20,
                    "recommendation": "Det indstilles, at styregruppen tager orienteringen til efterretning.",
                    "description": "",
                    "decision": ""
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "The item as saved, at its new version.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          },
          "delete": {
            "operationId": "deleteItem",
            "tags": ["items"],
            "summary": "Removes the item from the agenda.",
            "description": "Refused with 409 `minutes_approved` once the minutes are approved.",
            "security": [{"bearer": []}],
            "responses": {
              "204": {
                "description": "Removed.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"}
            }
          }
        },
        "/items/{item}/actions": {
          "parameters": [{"$ref": "#/components/parameters/item"}],
          "post": {
            "operationId": "addAction",
            "tags": ["actions"],
            "summary": "Records a follow-up action of the item.",
            "description": "The fields of the item editor's action form. The owner is a person or an organisation by id (`owner`), or a name written by hand (`ownerOther`, which goes first); one of them is needed.",
            "security": [{"bearer": []}],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "text": {"type": "string", "description": "What is to be done."},
                      "owner": {"type": "string", "description": "`person:ID` or `organisation:ID`."},
                      "ownerOther": {"type": "string", "description": "The owner's name, written by hand."},
                      "due": {
                        "type": "string",
                        "format": "date",
                        "description": "When it is due, `YYYY-MM-DD`; left out for no date."
                      }
                    },
                    "required": ["text"],
                    "anyOf": [{"required": ["owner"]}, {"required": ["ownerOther"]}]
                  },
                  "example": {
                    "text": "Udarbejde forslag til fælles forløbsbeskrivelse",
                    "ownerOther": "Sekretariatet",
                    "due": "2031-06-30"
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "The new action, open.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Action"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          }
        },
        "/actions/{action}/close": {
          "parameters": [{"$ref": "#/components/parameters/action"}],
          "post": {
            "operationId": "closeAction",
            "tags": ["actions"],
            "summary": "Closes a follow-up action as done or dropped.",
            "description": "An action closed already keeps its first closing.",
            "security": [{"bearer": []}],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {"state": {"type": "string", "enum": ["done", "dropped"]}},
                    "required": ["state"]
                  },
                  "example": {"state": "done"}
                }
              }
            },
            "responses": {
              "200": {
                "description": "The action, closed.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Action"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          }
        },
        "/items/{item}/attachments": {
          "parameters": [{"$ref": "#/components/parameters/item"}],
          "post": {
            "operationId": "uploadAttachment",
            "tags": ["attachments"],
            "summary": "Uploads a file to the item.",
            "description": "Checked as the item editor checks an upload: a known type (pdf, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp, png, jpg, jpeg, gif) whose bytes agree with its name, within the size limit (413 `invalid_file` over it; 422 `invalid_file` for the other problems). A file offered to the public once the agenda is published is checked for CPR numbers (422 `contains_cpr_number`). Refused with 409 `minutes_approved` once the minutes are approved; 415 when the body is not multipart/form-data.",
            "security": [{"bearer": []}],
            "requestBody": {
              "required": true,
              "content": {
                "multipart/form-data": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "file": {"type": "string", "format": "binary", "description": "The file, with its name."},
                      "title": {
                        "type": "string",
                        "description": "The attachment's title; the file's name without its extension when left out."
                      },
                      "public": {
                        "type": "string",
                        "description": "`1` or `true` to offer the file to the public; anything else keeps it with the body."
                      }
                    },
                    "required": ["file"]
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "The new attachment.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Attachment"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          }
        },
        "/attachments/{attachment}": {
          "parameters": [{"$ref": "#/components/parameters/attachment"}],
          "get": {
            "operationId": "getAttachment",
            "tags": ["attachments"],
            "summary": "One attachment.",
            "description": "An attachment that the meeting page does not offer the viewer does not exist for them (404).",
            "responses": {
              "200": {
                "description": "The attachment.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Attachment"}}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          },
          "patch": {
            "operationId": "setAttachmentPublic",
            "tags": ["attachments"],
            "summary": "Offers the attachment's file to the public, or withdraws it.",
            "description": "Once the agenda is published, a file offered to the public is checked for CPR numbers first (422 `contains_cpr_number`).",
            "security": [{"bearer": []}],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "public": {
                        "type": "boolean",
                        "description": "true (or `1`) to offer the file to the public, false to withdraw it."
                      }
                    },
                    "required": ["public"]
                  },
                  "example": {"public": true}
                }
              }
            },
            "responses": {
              "200": {
                "description": "The attachment.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/Attachment"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "413": {"$ref": "#/components/responses/PayloadTooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          },
          "delete": {
            "operationId": "deleteAttachment",
            "tags": ["attachments"],
            "summary": "Deletes the attachment.",
            "description": "Refused with 409 `minutes_approved` once the minutes are approved.",
            "security": [{"bearer": []}],
            "responses": {
              "204": {
                "description": "Deleted.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "409": {"$ref": "#/components/responses/Conflict"}
            }
          }
        },
        "/attachments/{attachment}/content": {
          "parameters": [{"$ref": "#/components/parameters/attachment"}],
          "get": {
            "operationId": "getAttachmentContent",
            "tags": ["attachments"],
            "summary": "The attachment's file.",
            "description": "404 also for an attachment that is a title without a file.",
            "parameters": [
              {
                "name": "If-None-Match",
                "in": "header",
                "required": false,
                "schema": {"type": "string"},
                "description": "The ETag of a copy the client holds."
              },
              {
                "name": "If-Modified-Since",
                "in": "header",
                "required": false,
                "schema": {"type": "string"},
                "description": "An HTTP date: the last change of the meeting that the client's copy is of."
              }
            ],
            "responses": {
              "200": {
                "description": "The file's bytes, with its own content type and a Content-Disposition that names it.",
                "headers": {
                  "Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"},
                  "ETag": {"$ref": "#/components/headers/ETag"}
                },
                "content": {
                  "*/*": {"schema": {}}
                }
              },
              "304": {
                "description": "The copy the request names (If-None-Match, If-Modified-Since) is current.",
                "headers": {
                  "Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"},
                  "ETag": {"$ref": "#/components/headers/ETag"}
                }
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/search": {
          "get": {
            "operationId": "search",
            "tags": ["search"],
            "summary": "Searches the agenda items, as the search page does.",
            "description": "The search page's parameters, so a search page's address works here too. The viewer finds what they may read: the public what is published. Without a word in `q` there is no search (no results). A date that is not a day, `fra` after `til`, or an unknown body answers 422.",
            "parameters": [
              {
                "name": "q",
                "in": "query",
                "schema": {"type": "string"},
                "description": "The words to search for.",
                "example": "telemedicin"
              },
              {
                "name": "organ",
                "in": "query",
                "schema": {"type": "string"},
                "description": "A body's slug: only its items."
              },
              {
                "name": "klynge",
                "in": "query",
                "schema": {"type": "string"},
                "description": "A cluster's name (as the bodies' `cluster`): only its bodies' items."
              },
              {
                "name": "fra",
                "in": "query",
                "schema": {"type": "string", "format": "date"},
                "description": "Meetings from this day, `YYYY-MM-DD`."
              },
              {
                "name": "til",
                "in": "query",
                "schema": {"type": "string", "format": "date"},
                "description": "Meetings until this day, `YYYY-MM-DD`."
              },
              {
                "name": "art",
                "in": "query",
                "schema": {"type": "string", "enum": ["decision", "discussion", "briefing"]},
                "description": "Only items of this kind; another value is ignored."
              },
              {
                "name": "beslutninger",
                "in": "query",
                "schema": {"type": "string"},
                "description": "Any value (say `1`): only items with a decision."
              },
              {
                "name": "sortering",
                "in": "query",
                "schema": {"type": "string", "enum": ["relevance", "newest", "oldest"]},
                "description": "The order; relevance when left out (or another value)."
              },
              {
                "name": "side",
                "in": "query",
                "schema": {"type": "integer", "minimum": 1, "maximum": 10000},
                "description": "The page, from 1."
              }
            ],
            "responses": {
              "200": {
                "description": "A page of results, 20 to a page.",
                "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
                "content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "422": {"$ref": "#/components/responses/Unprocessable"}
            }
          }
        }
      },
      "components": {
        "securitySchemes": {
          "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": "A personal API token (`samspil_…`), from /min-konto/api-noegler or `samspil user token`."
          }
        },
        "parameters": {
          "body": {
            "name": "body",
            "in": "path",
            "required": true,
            "description": "The body's slug.",
            "schema": {"type": "string", "minLength": 1},
            "example": "midtklyngen-klyngestyregruppe"
          },
          "meeting": {
            "name": "meeting",
            "in": "path",
            "required": true,
            "description": "The meeting's id.",
            "schema": {"type": "string", "format": "uuid"}
          },
          "item": {
            "name": "item",
            "in": "path",
            "required": true,
            "description": "The item's id.",
            "schema": {"type": "string", "format": "uuid"}
          },
          "attachment": {
            "name": "attachment",
            "in": "path",
            "required": true,
            "description": "The attachment's id.",
            "schema": {"type": "string", "format": "uuid"}
          },
          "action": {
            "name": "action",
            "in": "path",
            "required": true,
            "description": "The follow-up action's id.",
            "schema": {"type": "string", "format": "uuid"}
          },
          "person": {
            "name": "person",
            "in": "path",
            "required": true,
            "description": "The person's id (`personId` on the list).",
            "schema": {"type": "string", "format": "uuid"}
          }
        },
        "headers": {
          "AccessControlAllowOrigin": {"description": "Any web page may read the API.", "required": true, "schema": {"type": "string", "const": "*"}},
          "WWWAuthenticate": {"description": "How to authenticate.", "required": true, "schema": {"type": "string", "const": "Bearer"}},
          "ETag": {"description": "The sha256 of the file, quoted.", "required": true, "schema": {"type": "string"}}
        },
        "responses": {
          "BadRequest": {
            "description": "The body could not be read: not a JSON object of strings, numbers, booleans and nulls, or not a readable form.",
            "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
            "content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }
          },
          "Unauthorized": {
            "description": "No token where one is needed, or an Authorization header that is not a known, unrevoked token (on any request).",
            "headers": {
              "Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"},
              "WWW-Authenticate": {"$ref": "#/components/headers/WWWAuthenticate"}
            },
            "content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }
          },
          "Forbidden": {
            "description": "The token's user may not do this in this body.",
            "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
            "content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }
          },
          "NotFound": {
            "description": "There is no such thing, or the viewer may not see it.",
            "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
            "content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }
          },
          "Conflict": {
            "description": "Refused as things stand: `version_conflict`, `step_refused` or `minutes_approved` (see the operation).",
            "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
            "content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }
          },
          "PayloadTooLarge": {
            "description": "The body is larger than the operation reads (a file over the limit: `invalid_file`).",
            "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
            "content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }
          },
          "UnsupportedMediaType": {
            "description": "The body is not of the content type the operation reads.",
            "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
            "content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }
          },
          "Unprocessable": {
            "description": "The values were refused: `invalid` (with `fields`), `contains_cpr_number` or `invalid_file`.",
            "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/AccessControlAllowOrigin"}},
            "content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }
          }
        },
        "schemas": {
          "Error": {
            "type": "object",
            "description": "Every error, whatever its status.",
            "required": ["error"],
            "properties": {
              "error": {
                "type": "object",
                "required": ["status", "code", "message"],
                "properties": {
                  "status": {"type": "integer", "description": "The HTTP status, again."},
                  "code": {
                    "type": "string",
                    "description": "What went wrong, for a program: the status's (`bad_request`, `unauthorized`, `forbidden`, `not_found`, `conflict`, `payload_too_large`, `unsupported_media_type`, `invalid`), or the API's own: `version_conflict`, `step_refused`, `minutes_approved`, `contains_cpr_number`, `invalid_file`."
                  },
                  "message": {"type": "string", "description": "What went wrong, for a person."},
                  "fields": {
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                    "description": "What is wrong with each field of a refused write, in Danish as the pages say it."
                  }
                }
              }
            }
          },
          "Me": {
            "type": "object",
            "description": "Who the request acts as.",
            "required": ["signedIn", "administrator", "roles"],
            "properties": {
              "signedIn": {"type": "boolean", "description": "false without a token: the public."},
              "name": {"type": "string", "description": "The token's user; left out for the public."},
              "administrator": {"type": "boolean"},
              "roles": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Role"},
                "description": "The user's roles, by body slug."
              }
            }
          },
          "Role": {
            "type": "object",
            "required": ["bodyId", "bodySlug", "role"],
            "properties": {
              "bodyId": {"type": "string", "format": "uuid"},
              "bodySlug": {"type": "string"},
              "role": {
                "type": "string",
                "enum": ["secretary", "member"],
                "description": "secretary: edits the body's meetings; member: reads everything of the body."
              }
            }
          },
          "Body": {
            "type": "object",
            "description": "A body (forum) of the health cooperation.",
            "required": ["id", "slug", "name", "kind"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "slug": {"type": "string", "description": "The body's key in addresses."},
              "name": {"type": "string"},
              "kind": {
                "type": "string",
                "enum": [
                  "political",
                  "steeringGroup",
                  "clusterSteeringGroup",
                  "politicalCluster",
                  "themeGroup",
                  "workingGroup",
                  "fixedGroup"
                ]
              },
              "parentId": {"type": "string", "format": "uuid", "description": "The body above this one."},
              "cluster": {"type": "string", "description": "The cluster it belongs to; left out for region-wide bodies."},
              "summary": {"type": "string"}
            }
          },
          "BodyList": {
            "type": "object",
            "description": "Bodies.",
            "required": ["data"],
            "properties": {
              "data": {"type": "array", "items": {"$ref": "#/components/schemas/Body"}}
            }
          },
          "MeetingSummary": {
            "type": "object",
            "description": "A meeting, without its agenda.",
            "required": ["id", "bodyId", "date", "status", "cancelled", "web"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "bodyId": {"type": "string", "format": "uuid"},
              "date": {"type": "string", "format": "date", "description": "A day, `YYYY-MM-DD`."},
              "start": {
                "type": "string",
                "pattern": "^[0-9]{2}:[0-9]{2}$",
                "description": "A time of day, `HH:MM`, Danish time."
              },
              "end": {
                "type": "string",
                "pattern": "^[0-9]{2}:[0-9]{2}$",
                "description": "A time of day, `HH:MM`, Danish time."
              },
              "location": {"type": "string"},
              "status": {"$ref": "#/components/schemas/MeetingStatus"},
              "cancelled": {"type": "boolean"},
              "web": {"type": "string", "description": "The address of the meeting's page."}
            }
          },
          "MeetingSummaryList": {
            "type": "object",
            "description": "Meetings.",
            "required": ["data"],
            "properties": {
              "data": {"type": "array", "items": {"$ref": "#/components/schemas/MeetingSummary"}}
            }
          },
          "MeetingStatus": {
            "type": "string",
            "enum": ["planned", "agendaPublished", "held", "minutesDraft", "minutesApproved"],
            "description": "Where the meeting is in its life cycle, in this order."
          },
          "Meeting": {
            "type": "object",
            "description": "A meeting with its agenda, as the viewer may read it.",
            "required": ["meeting", "minuteTakers", "revision", "items", "attachments"],
            "properties": {
              "meeting": {"$ref": "#/components/schemas/MeetingSummary"},
              "chair": {"type": "string"},
              "minuteTakers": {"type": "array", "items": {"type": "string"}},
              "revision": {"type": "integer", "description": "Raised by every change of the meeting."},
              "modifiedAt": {"type": "string", "format": "date-time", "description": "The last change, ISO 8601 with its offset."},
              "items": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/ItemSummary"},
                "description": "The agenda, in its order."
              },
              "attachments": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Attachment"},
                "description": "The meeting's own attachments (an item's are on the item)."
              },
              "attendance": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Attendee"},
                "description": "The attendance list, when the viewer may read it: the body's members always, the public with approved minutes."
              }
            }
          },
          "ItemSummary": {
            "type": "object",
            "description": "An agenda item, without its texts.",
            "required": ["id", "position", "title", "isBreak"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "number": {"type": "integer", "description": "The printed number; left out for an unnumbered part or a break."},
              "position": {"type": "integer", "description": "The place on the agenda, from 0."},
              "title": {"type": "string"},
              "start": {
                "type": "string",
                "pattern": "^[0-9]{2}:[0-9]{2}$",
                "description": "A time of day, `HH:MM`, Danish time."
              },
              "end": {
                "type": "string",
                "pattern": "^[0-9]{2}:[0-9]{2}$",
                "description": "A time of day, `HH:MM`, Danish time."
              },
              "presenter": {"type": "string"},
              "kind": {"$ref": "#/components/schemas/ItemKind"},
              "isBreak": {"type": "boolean"}
            }
          },
          "ItemKind": {
            "type": "string",
            "enum": ["decision", "discussion", "briefing"],
            "description": "What the item asks of the body."
          },
          "Item": {
            "type": "object",
            "description": "An agenda item with its texts, attachments and follow-up actions, as the viewer may read them.",
            "required": ["id", "meetingId", "position", "title", "isBreak", "version", "sections", "attachments", "actions", "web"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "meetingId": {"type": "string", "format": "uuid"},
              "number": {"type": "integer", "description": "The printed number; left out for an unnumbered part or a break."},
              "position": {"type": "integer", "description": "The place on the agenda, from 0."},
              "title": {"type": "string"},
              "start": {
                "type": "string",
                "pattern": "^[0-9]{2}:[0-9]{2}$",
                "description": "A time of day, `HH:MM`, Danish time."
              },
              "end": {
                "type": "string",
                "pattern": "^[0-9]{2}:[0-9]{2}$",
                "description": "A time of day, `HH:MM`, Danish time."
              },
              "presenter": {"type": "string"},
              "caseNumber": {"type": "string", "description": "The journal number."},
              "kind": {"$ref": "#/components/schemas/ItemKind"},
              "durationMinutes": {"type": "integer"},
              "isBreak": {"type": "boolean"},
              "version": {
                "type": "integer",
                "description": "Send it back with a change: a change based on an older version is refused (409)."
              },
              "sections": {"type": "array", "items": {"$ref": "#/components/schemas/Section"}},
              "attachments": {"type": "array", "items": {"$ref": "#/components/schemas/Attachment"}},
              "actions": {"type": "array", "items": {"$ref": "#/components/schemas/Action"}},
              "web": {"type": "string", "description": "The address of the item on its meeting's page."}
            }
          },
          "Section": {
            "type": "object",
            "description": "A text of an item under its heading: Indstilling, Sagsfremstilling, Bilag, Beslutning.",
            "required": ["kind", "text"],
            "properties": {
              "kind": {"type": "string", "enum": ["recommendation", "description", "attachments", "decision", "other"]},
              "heading": {"type": "string", "description": "The heading as written; left out for the kind's usual heading."},
              "text": {"type": "string"}
            }
          },
          "Attachment": {
            "type": "object",
            "description": "An attachment: a file, or a title without one.",
            "required": ["id", "meetingId", "title", "isPublic"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "meetingId": {"type": "string", "format": "uuid"},
              "itemId": {"type": "string", "format": "uuid", "description": "The item it belongs to; left out for the meeting's own."},
              "title": {"type": "string"},
              "fileName": {"type": "string"},
              "contentType": {"type": "string"},
              "byteCount": {"type": "integer", "minimum": 0},
              "isPublic": {"type": "boolean", "description": "Whether the public is offered the file."},
              "content": {
                "type": "string",
                "description": "Where the file is fetched (with the same token); left out for a title without a file."
              }
            }
          },
          "AttendeeList": {
            "type": "object",
            "description": "An attendance list.",
            "required": ["data"],
            "properties": {
              "data": {"type": "array", "items": {"$ref": "#/components/schemas/Attendee"}}
            }
          },
          "Attendee": {
            "type": "object",
            "description": "A person on a meeting's attendance list.",
            "required": ["personId", "name"],
            "properties": {
              "personId": {"type": "string", "format": "uuid"},
              "name": {"type": "string"},
              "title": {"type": "string"},
              "organisation": {"type": "string"},
              "status": {
                "type": "string",
                "enum": ["present", "apologies", "absent", "guest"],
                "description": "Left out while not yet marked."
              },
              "note": {"type": "string"}
            }
          },
          "ActionList": {
            "type": "object",
            "description": "Follow-up actions.",
            "required": ["data"],
            "properties": {
              "data": {"type": "array", "items": {"$ref": "#/components/schemas/Action"}}
            }
          },
          "Action": {
            "type": "object",
            "description": "A follow-up action of an item.",
            "required": ["id", "itemId", "text", "owner", "state"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "itemId": {"type": "string", "format": "uuid"},
              "text": {"type": "string"},
              "owner": {"type": "string", "description": "The name of the person or organisation who owns it."},
              "due": {"type": "string", "format": "date", "description": "A day, `YYYY-MM-DD`."},
              "state": {"type": "string", "enum": ["open", "done", "dropped"]},
              "closedBy": {"type": "string", "description": "Who closed it."}
            }
          },
          "SearchResults": {
            "type": "object",
            "description": "A page of search results.",
            "required": ["total", "page", "pageCount", "results"],
            "properties": {
              "total": {"type": "integer", "minimum": 0, "description": "How many items match (counted up to a limit)."},
              "page": {"type": "integer", "minimum": 1},
              "pageCount": {"type": "integer", "minimum": 1},
              "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResult"}}
            }
          },
          "SearchResult": {
            "type": "object",
            "description": "An agenda item that matches.",
            "required": ["bodyName", "bodySlug", "date", "title", "web"],
            "properties": {
              "bodyName": {"type": "string"},
              "bodySlug": {"type": "string"},
              "date": {"type": "string", "format": "date", "description": "A day, `YYYY-MM-DD`."},
              "title": {"type": "string", "description": "The item's number and title."},
              "web": {"type": "string", "description": "The address of the item on its meeting's page."},
              "snippet": {"type": "string", "description": "Text around the matched words, which are marked `**like this**`."},
              "decision": {"type": "string", "description": "The decision, when there is one and the viewer may read it."}
            }
          }
        }
      }
    }
    """#
}
