"""Demo content for the training section: two courses and a practice checklist.

Plain data only, written for GP trainees, practice staff and local charities.
The facts come from published learning about two co-production projects in
primary care (Bridging Gaps in Bristol and the Tackling Racial Inequality
Working Group in Central Liverpool), from NHS England's principles for working
with people and communities, and from the rules already stated in the guides.

Rich text values are short HTML strings (p, b, i, a, ul/ol/li only).
Handout texts are plain text. Session lengths appear only as the "minutes"
of each activity: the site adds them up, so the prose never states totals.
All cases and scripts in the handouts are fictional composites.
"""

TRAINING_INDEX = {
    "title": "Training for practice teams",
    "slug": "training",
    "summary": "Co-produced training for GP trainees, practice teams and local charities: a course on trauma-informed primary care, and a toolkit for setting up co-production with people who have lived experience.",
    "intro": (
        "<p>This training was shaped by people with lived experience of trauma, homelessness, addiction, "
        "racism and migration, working alongside GPs, nurses, receptionists and care coordinators. "
        "It is for anyone who wants general practice to work for the people it currently lets down.</p>"
        "<p>There are two courses. <b>Trauma-informed primary care</b> is a modular course for GP trainees, "
        "and most of its modules are open to the wider practice team. The <b>co-production toolkit</b> helps "
        "a practice and a local charity set up a lived-experience group and turn what the group says into "
        "change. It ends with a checklist of practical actions.</p>"
        "<p>Each module has a session plan, notes for facilitators, handouts and questions for a learning log. "
        "Wherever you can, run the sessions with a paid co-facilitator who has lived experience.</p>"
    ),
}

COURSES = [
    # ================================================================== course 1
    {
        "title": "Trauma-informed primary care for GP trainees",
        "slug": "trauma-informed-primary-care",
        "summary": "A modular course on why the people who most need general practice often find it hardest to use, and what trainees can do about it in the consultation room, at the front desk and with local communities.",
        "audience": "GP trainees and their educators. Practice nurses, care coordinators, receptionists and practice managers can join modules 1 to 4. Module 5 is a reflective session for GP trainees only.",
        "aims": (
            "<p>The course helps trainees see general practice from the point of view of people it serves least well, "
            "and gives them practical ways to make each contact safer and more useful.</p>"
            "<ul>"
            "<li>Understand the inverse care law and who it affects in your area.</li>"
            "<li>Bring trauma-informed principles, including better listening, into everyday consultations.</li>"
            "<li>Know the rules on registration and interpreting well enough to remove barriers, not add them.</li>"
            "<li>Understand what real partnership with people with lived experience involves.</li>"
            "<li>Reflect safely on your own cases and record what you will change.</li>"
            "</ul>"
        ),
        "how_to_run": (
            "<p>The course has five modules. Each one is a self-contained teaching session, and its session plan "
            "sets out every activity with its timing. Include a short comfort break in every session.</p>"
            "<p>Work face to face if you can, with roughly eight to sixteen people seated around tables rather than "
            "in rows. Choose a room with a door that closes and a quiet space nearby for anyone who needs a pause. "
            "Share food and drinks: eating together around a table helps to flatten hierarchy. Modules 1 to 4 can "
            "also run online, with cameras optional and breakout rooms for small-group work.</p>"
            "<p>A GP educator and a paid co-facilitator with lived experience plan and deliver every module together. "
            "Module 5 is for GP trainees only and should be held in person or in a signed-in online room.</p>"
            "<p>Modules 1 to 4 build on each other, but any of them can stand alone, for example in a practice "
            "learning afternoon. Run module 5 after trainees have completed at least modules 1 and 2.</p>"
        ),
        "facilitator_requirements": (
            "<p>Each session needs two facilitators who plan and deliver it as equals:</p>"
            "<ul>"
            "<li><b>A GP educator</b>, such as a trainer or programme director, who knows local practices and "
            "the training curriculum.</li>"
            "<li><b>A lived-experience co-facilitator</b>, paid for preparation and delivery at an agreed rate and "
            "ideally recruited and supported through a partner charity. They bring expertise, not their personal "
            "history, unless they choose to share it.</li>"
            "</ul>"
            "<p>Before the course, meet to agree roles, read the facilitator notes, adapt examples to local services "
            "and agree a signal you can give each other if something in the room needs attention. Name a safeguarding "
            "lead for the course and make sure both facilitators know local referral routes.</p>"
            "<p>Hold a debrief after every session. Both facilitators should have access to supervision, and the "
            "lived-experience co-facilitator should have a named support contact at the partner charity between "
            "sessions.</p>"
        ),
        "modules": [
            # ---------------------------------------------------------- 1.1
            {
                "title": "Why access to primary care is unequal",
                "slug": "why-access-is-unequal",
                "summary": "Introduces the inverse care law, the groups the case studies show are most often left out of general practice, and the everyday routines that can shut people out without anyone meaning to.",
                "trainee_only": False,
                "learning_outcomes": [
                    "Explain the inverse care law and give examples of how it shows up in general practice.",
                    "Describe groups that primary care often serves badly, including people facing severe and multiple disadvantage and people from global majority communities.",
                    "Identify practice routines that silence people or rest on assumptions, and the access barriers and mistrust they create.",
                    "Reflect on how your position as a doctor shapes what patients feel able to say and whether they come back.",
                ],
                "session_plan": [
                    {
                        "minutes": 10,
                        "title": "Welcome, ground rules and check-in",
                        "format": "whole-group",
                        "description": (
                            "<p>Both facilitators introduce themselves and their roles. Present a short set of draft "
                            "ground rules and ask the group to add to them or change them.</p>"
                            "<p>Run a check-in round: each person says one word about how they are arriving today. "
                            "Anyone can pass.</p>"
                        ),
                        "materials": "Flip chart with draft ground rules; name labels",
                    },
                    {
                        "minutes": 20,
                        "title": "The inverse care law in practice",
                        "format": "presentation",
                        "description": (
                            "<p>The GP educator introduces the inverse care law: the people who most need care are often "
                            "the least able to get it. Use the two case studies in the handout as examples.</p>"
                            "<p>The lived-experience co-facilitator then describes, in general terms, what the front door "
                            "of a practice can look like from the other side of the desk. Agree beforehand what they "
                            "are comfortable covering.</p>"
                        ),
                        "materials": "Slides; handout: Who gets left out",
                    },
                    {
                        "minutes": 25,
                        "title": "Who is missing from our list?",
                        "format": "small-groups",
                        "description": (
                            "<p>In groups of three or four, participants pick a practice they know and map two groups "
                            "of people: those who are registered but rarely reach care, and those who live nearby but "
                            "are not registered at all.</p>"
                            "<p>Prompt groups to think about homelessness, drug and alcohol use, sex work, violence "
                            "and abuse, mental health, migration and language. Each group feeds back one surprise.</p>"
                        ),
                        "materials": "A3 paper and pens; anonymised practice population profile if available",
                    },
                    {
                        "minutes": 20,
                        "title": "Silencing, assuming and power",
                        "format": "whole-group",
                        "description": (
                            "<p>Introduce the three behaviours from the Waste Wheel: silencing, assuming and not "
                            "recognising power. Hand out cards describing everyday routines, such as the morning phone "
                            "queue, requests for proof of address, online-only forms and standard letters about missed "
                            "appointments.</p>"
                            "<p>The group sorts the cards by behaviour and discusses who each routine shuts out. "
                            "Keep the focus on systems rather than on individual staff.</p>"
                        ),
                        "materials": "Printed routine cards; three headed sheets on the wall",
                    },
                    {
                        "minutes": 10,
                        "title": "Check-out: one thing to notice",
                        "format": "whole-group",
                        "description": (
                            "<p>Each person names one thing they will notice in their practice this week. Remind the "
                            "group where to find support if the session has stirred anything up.</p>"
                        ),
                        "materials": "",
                    },
                ],
                "facilitator_notes": (
                    "<p>Give a brief content note at the start. The session touches on homelessness, violence, "
                    "addiction, racism and mistrust of services. People can step out at any time without explaining.</p>"
                    '<p>Listen for phrases such as "hard to reach" or "chaotic" and gently turn them around: ask what '
                    "the service looks like to the person trying to use it. The point is to examine systems, "
                    "not to blame colleagues or patients.</p>"
                    "<p>Some participants will have their own experience of these issues. Never ask anyone, including "
                    "your co-facilitator, to tell a personal story. If someone discloses something, thank them, do not "
                    "probe in front of the group, and offer a private conversation afterwards. If it raises a "
                    "safeguarding concern, follow your safeguarding lead's process.</p>"
                    "<p>Signpost trainees to their educational supervisor, their own GP and local trainee support. "
                    "Have contact details for the partner charity to hand for anyone who wants to know about local "
                    "services.</p>"
                ),
                "handouts": [
                    {
                        "title": "Who gets left out: notes for discussion",
                        "kind": "handout",
                        "filename": "who-gets-left-out.txt",
                        "description": "A summary of the inverse care law, the groups described in the two case studies, and questions to take back to your practice.",
                        "text": (
                            "WHO GETS LEFT OUT: NOTES FOR DISCUSSION\n"
                            "\n"
                            "The inverse care law\n"
                            "People with the greatest need for health care often have the poorest access to it. "
                            "In general practice this rarely looks dramatic. It looks like a phone queue that someone "
                            "without credit cannot join, a form that expects a fixed address, or a letter about a missed "
                            "appointment sent to a hostel the person left weeks ago.\n"
                            "\n"
                            "What two case studies found\n"
                            "- In Bristol, the charity One25 supports women facing severe and multiple disadvantage: "
                            "combinations of homelessness, drug and alcohol use, street-based sex work, abuse and "
                            "violence, and mental ill health. Many have lived with trauma since childhood. Even with "
                            "support workers helping them, mainstream practices were out of their reach.\n"
                            "- In Liverpool, a working group in Central Liverpool Primary Care Network was set up to tackle "
                            "racial inequality. It was a response to the Black Lives Matter movement and to evidence that "
                            "COVID-19 hit global majority communities harder than others. Low trust in NHS care was a central concern.\n"
                            "- The Liverpool outreach work met Irish Travellers, refugees and people seeking asylum, "
                            "young people, Chinese community groups and older Muslim women. Many people wanted to take "
                            "part. Practical arrangements were often what stopped them.\n"
                            "\n"
                            "How systems keep people out\n"
                            "The Waste Wheel, a tool from the Virginia Mason Institute, names behaviours by people and "
                            "organisations with power. They usually happen without anyone intending harm:\n"
                            "- Silencing: some voices are never invited or never heard, and some groups are missing "
                            "from the data.\n"
                            "- Assuming: decisions are made without asking, and a lower standard is accepted for some "
                            "people.\n"
                            "- Not recognising power: privilege and bias go unexamined.\n"
                            "The results are access barriers, mistrust, and groups whose needs stay hidden.\n"
                            "\n"
                            "Questions to take back to your practice\n"
                            "- Who is registered with us but rarely seen? Who lives nearby but is not registered?\n"
                            "- Which of our routines depend on a phone, an address, fluent English or a good memory "
                            "for dates?\n"
                            "- When did we last ask people who do not use our services why that is?\n"
                            "- Who is absent when we decide how the practice works?\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "Think of a patient who seemed to slip through the net. Which parts of the practice's system, rather than the person, made care harder to reach?",
                        "hint": "Consider phones, forms, letters, opening times and who the person met first.",
                    },
                    {
                        "question": "Which of the groups described in this module live in your training practice's area, and how would you know if they were not being reached?",
                        "hint": "Think about registration data, ethnicity recording and what local charities could tell you.",
                    },
                    {
                        "question": "When have you assumed what a patient wanted or could manage? What could you have asked instead?",
                        "hint": "",
                    },
                    {
                        "question": "How might your role as a doctor affect what patients feel able to tell you?",
                        "hint": "Think about the desk, the screen, your title and what people may have experienced in services before.",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Tackling health inequalities together: inclusion health and co-production",
                        "source": "McGeown H, Potter L, Sherwood D, Bridging Gaps group, Horwood J, Taylor C, Farr M. British Journal of General Practice, 2024",
                        "url": "",
                        "note": "The paper behind both case studies in this course, setting out what each group did and learned.",
                    },
                    {
                        "title": "What do healthcare systems need to truly work in partnership with the communities they serve?",
                        "source": "BMJ, report from the International Forum on Quality and Safety in Healthcare",
                        "url": "",
                        "note": "Introduces the Waste Wheel and describes how inequity is repeated by people and organisations.",
                    },
                ],
            },
            # ---------------------------------------------------------- 1.2
            {
                "title": "Trauma-informed principles in the consultation",
                "slug": "trauma-informed-consultation",
                "summary": "Shows how safety, trust, choice, collaboration and empowerment can shape a routine consultation, how to avoid making people retell painful histories, and how the way we listen changes what we hear.",
                "trainee_only": False,
                "learning_outcomes": [
                    "Describe five principles of trauma-informed care and what each looks like in a routine consultation.",
                    "Explain why asking people to retell traumatic experiences can cause harm, and use the record and a personal snapshot to avoid it.",
                    "Distinguish four levels of listening and recognise which one you are using.",
                    "Use explanation, consent and an agreed way to say stop before examinations and sensitive questions.",
                ],
                "session_plan": [
                    {
                        "minutes": 10,
                        "title": "Check-in",
                        "format": "whole-group",
                        "description": (
                            "<p>Revisit the ground rules. Ask each person to name one thing that helps them feel at ease "
                            "in a new place. Note the answers on a flip chart: they often match what patients say.</p>"
                        ),
                        "materials": "Flip chart; ground rules from the previous session",
                    },
                    {
                        "minutes": 15,
                        "title": "Five principles, one consultation",
                        "format": "presentation",
                        "description": (
                            "<p>The GP educator outlines safety, trust, choice, collaboration and empowerment, with a "
                            "concrete consultation example for each. Stress that trauma affects staff as well as "
                            "patients, and that the aim is safe care for everyone, whether or not a history of trauma "
                            "is known.</p>"
                            "<p>The co-facilitator adds which small actions make the biggest difference, drawing on "
                            "the group's top tips.</p>"
                        ),
                        "materials": "Slides; handout: Pocket guide",
                    },
                    {
                        "minutes": 25,
                        "title": "Practising the levels of listening",
                        "format": "pairs",
                        "description": (
                            "<p>Describe the four levels of listening: downloading, factual, empathic and generative. "
                            "In pairs or threes, one person talks about a low-stakes topic, such as a journey that went "
                            "wrong. The listener tries to move beyond downloading. An observer, if there is one, notes "
                            "what helped.</p>"
                            "<p>Swap roles, then ask the whole group what made deeper listening hard.</p>"
                        ),
                        "materials": "Topic cards with everyday, low-stakes subjects",
                    },
                    {
                        "minutes": 25,
                        "title": "Rewriting the consultation",
                        "format": "small-groups",
                        "description": (
                            "<p>Groups read the fictional consultation in the handout, mark each moment where the "
                            "patient might feel unsafe, rushed or unheard, and rewrite those moments.</p>"
                            "<p>Both facilitators move between groups. The co-facilitator comments on how the new "
                            "wording might land for a patient.</p>"
                        ),
                        "materials": "Handout: A consultation to rewrite; pens",
                    },
                    {
                        "minutes": 10,
                        "title": "What I will do differently",
                        "format": "individual",
                        "description": (
                            "<p>Each person writes down one phrase or habit they will change in their next clinic, "
                            "then shares it with a neighbour if they wish.</p>"
                        ),
                        "materials": "Cards or sticky notes",
                    },
                    {
                        "minutes": 5,
                        "title": "Check-out",
                        "format": "whole-group",
                        "description": "<p>A quick round: one word for how you are leaving. Remind people where to find support.</p>",
                        "materials": "",
                    },
                ],
                "facilitator_notes": (
                    "<p>Keep the listening exercise low-stakes. If a speaker starts describing something painful, "
                    "step in kindly and suggest a different topic. Say at the start that nobody should use a personal "
                    "trauma as their example.</p>"
                    "<p>Trainees sometimes hear trauma-informed care as a checklist or a screening question. Make clear "
                    "that it is about how the whole encounter feels, and that asking people directly about trauma is "
                    "not the goal.</p>"
                    "<p>Some participants may recognise their own experiences. Use the same approach to disclosure as in "
                    "module 1: acknowledge it, avoid probing in the group, offer a private conversation and follow your "
                    "safeguarding lead's process if needed.</p>"
                    "<p>Signpost trainees to their educational supervisor and their own GP. For anyone in crisis, "
                    "Samaritans can be called free on 116 123 at any time, and NHS 111 has a mental health option.</p>"
                ),
                "handouts": [
                    {
                        "title": "Pocket guide: a trauma-informed consultation",
                        "kind": "handout",
                        "filename": "trauma-informed-consultation-pocket-guide.txt",
                        "description": "Five principles, how to avoid retelling, consent before examination, and four levels of listening, on one page.",
                        "text": (
                            "A TRAUMA-INFORMED CONSULTATION: POCKET GUIDE\n"
                            "\n"
                            "Trauma can shape how people experience health care and whether they use it at all. "
                            "You will not always know who has been through trauma, so aim to make every "
                            "consultation feel safe.\n"
                            "\n"
                            "Five principles\n"
                            "- Safety: say who you are and what will happen. Check the person is comfortable with "
                            "the room, the door and who else is present.\n"
                            "- Trust: be honest about what you can and cannot do, then do what you said. Small kept "
                            "promises count.\n"
                            "- Choice: offer options wherever you can, such as the gender of the clinician, a "
                            "chaperone, or pausing an examination.\n"
                            "- Collaboration: ask what the person wants from today before setting your own agenda, "
                            "and agree the plan together.\n"
                            "- Empowerment: notice and name strengths. Leave people with something they can do and "
                            "a clear way back in.\n"
                            "\n"
                            "Avoid making people retell their story\n"
                            "- Read the record, and any personal snapshot, before you call the person in.\n"
                            "- Ask only what you need for today's decision. If you need more, explain why and let "
                            "the person decide what to share.\n"
                            "- With consent, record key information once so colleagues do not ask again.\n"
                            "\n"
                            "Before examinations and sensitive questions\n"
                            "- Explain what you are going to do and why.\n"
                            "- Ask permission and agree a simple way to say stop.\n"
                            "- Check in again afterwards.\n"
                            "\n"
                            "Four levels of listening\n"
                            "These levels were set out by Maureen Bisognano at the International Forum on Quality "
                            "and Safety in Healthcare:\n"
                            "- Downloading: we hear only what confirms what we already think.\n"
                            "- Factual: we stay open to information that surprises or contradicts us.\n"
                            "- Empathic: we connect with the other person's experience and see the situation "
                            "differently as a result.\n"
                            "- Generative: we let what we hear change us and shape what happens next.\n"
                            "Under time pressure, most of us drop to the first level. Medical training rewards quick, "
                            "clear answers, which can make open listening harder. Noticing the drop is the first step.\n"
                            "\n"
                            "If someone becomes distressed\n"
                            "- Slow down, lower your voice and give the person time.\n"
                            "- Offer choices: pause, carry on, or come back another day.\n"
                            "- Do not press for details. Make sure they know how to reach you again.\n"
                        ),
                    },
                    {
                        "title": "A consultation to rewrite",
                        "kind": "handout",
                        "filename": "consultation-to-rewrite.txt",
                        "description": "A short fictional consultation with common pitfalls, and questions to guide a small-group rewrite.",
                        "text": (
                            "A CONSULTATION TO REWRITE\n"
                            "\n"
                            "This consultation is fictional and not based on any real person. Read it as a group. "
                            "Mark each point where the patient might feel unsafe, rushed or unheard, then rewrite "
                            "those moments.\n"
                            "\n"
                            "Background\n"
                            "Ms K is in her forties. She registered two months ago and has not been seen before. "
                            "Her record shows she lives in supported accommodation. A support worker helped her to "
                            "book, but she has come alone.\n"
                            "\n"
                            "The consultation\n"
                            "- The doctor calls her name across the waiting room and walks ahead without an "
                            "introduction.\n"
                            '- Looking at the screen, the doctor says: "Start from the beginning. Tell me your whole '
                            'history."\n'
                            "- Ms K says she has had pain in her side for weeks. The doctor fires off a string of "
                            "closed questions, including about alcohol and drugs, without saying why they matter.\n"
                            '- The doctor says: "I just need to examine you, hop up on the couch," and begins before '
                            "Ms K has taken off her coat.\n"
                            "- Ms K goes quiet and keeps looking at the door. The doctor carries on.\n"
                            "- The doctor requests blood tests and tells her to phone for the results first thing "
                            "on Monday morning.\n"
                            "- Ms K leaves without booking the blood tests.\n"
                            "\n"
                            "Questions for your group\n"
                            "- Where could the doctor have used the record or a personal snapshot instead of asking "
                            "for the whole history?\n"
                            "- How could the questions about alcohol and drugs be explained so they feel relevant "
                            "rather than judging?\n"
                            "- What would real consent to examination look like here, including a way to say stop?\n"
                            "- What might Ms K's silence and glances at the door mean, and what could the doctor say "
                            "in that moment?\n"
                            "- How could results be shared with someone who may have no phone credit or a changing "
                            "address?\n"
                            "- Which of the five principles did your rewrite use, and which did it miss?\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "Recall a consultation where the patient seemed guarded or left abruptly. Looking back, which of the five principles was hardest to uphold, and why?",
                        "hint": "Be honest about time pressure, your own mood and the setting.",
                    },
                    {
                        "question": "Which level of listening do you use most in a busy clinic? What helps you move to a deeper level?",
                        "hint": "Downloading, factual, empathic or generative.",
                    },
                    {
                        "question": "How do you currently ask for consent before an examination? What would you change after this session?",
                        "hint": "",
                    },
                    {
                        "question": "What could you do before calling a patient in so that they do not have to tell their story again?",
                        "hint": "Think about the record, any personal snapshot, and what information you actually need today.",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Top tips for trauma-informed primary care",
                        "source": "Bridging Gaps group; available on request from the corresponding author of the BJGP paper",
                        "url": "",
                        "note": "Practical tips developed by women with lived experience and practice staff; this site's own top tips page follows the same approach.",
                    },
                    {
                        "title": "What do healthcare systems need to truly work in partnership with the communities they serve?",
                        "source": "BMJ, report from the International Forum on Quality and Safety in Healthcare",
                        "url": "",
                        "note": "Describes the four levels of listening and research on kinds of kindness in care.",
                    },
                    {
                        "title": "Getting the measure of Kindness",
                        "source": "Carnegie UK (Simon Anderson and Julie Brownlie)",
                        "url": "",
                        "note": "A report on whether and how kindness can be measured in public services.",
                    },
                ],
            },
            # ---------------------------------------------------------- 1.3
            {
                "title": "Practical barriers: registration, language and appointments",
                "slug": "practical-barriers",
                "summary": "Covers the front-door barriers that stop people getting care, such as registration without documents, having no fixed address, interpreting, phone queues and missed appointments, and the practice changes that reduce them.",
                "trainee_only": False,
                "learning_outcomes": [
                    "State what a person does and does not need to register with a GP practice, including people with no fixed address.",
                    "Arrange a professional interpreter appropriately, and explain why family members and children should not interpret.",
                    "Describe practice changes such as enhanced access lists, longer appointments and care coordinator roles, and who they help.",
                    "Respond to a missed appointment in a way that keeps the door open.",
                ],
                "session_plan": [
                    {
                        "minutes": 10,
                        "title": "Check-in: getting through the door",
                        "format": "whole-group",
                        "description": (
                            "<p>Revisit the ground rules. Ask each person to name one thing they find frustrating about "
                            "booking their own GP appointment. Use the answers to open a discussion of how much harder "
                            "this is without a phone, an address or English.</p>"
                        ),
                        "materials": "Flip chart",
                    },
                    {
                        "minutes": 15,
                        "title": "Registration: the rules and the reality",
                        "format": "presentation",
                        "description": (
                            "<p>The GP educator sets out the rules: no proof of address, ID or immigration status is "
                            "needed, and people with no fixed address can use the practice address or a day centre or "
                            "hostel address. Introduce the Safe Surgeries Toolkit.</p>"
                            "<p>Invite a receptionist or practice manager, if present, to describe what actually happens "
                            "at their desk and where staff feel unsure.</p>"
                        ),
                        "materials": "Slides; handout: Front-door access",
                    },
                    {
                        "minutes": 25,
                        "title": "Walking the patient journey",
                        "format": "small-groups",
                        "description": (
                            "<p>Each group takes one fictional journey card and traces the person's path from first "
                            "contact to follow-up: finding the practice, registering, booking, the appointment, "
                            "results and referral.</p>"
                            "<p>Groups mark every point where the person might give up, then suggest one fix for each. "
                            "The co-facilitator helps groups test whether their fixes would work in real life.</p>"
                        ),
                        "materials": "Journey cards (see facilitator notes); long paper strips and markers",
                    },
                    {
                        "minutes": 20,
                        "title": "Interpreting well",
                        "format": "whole-group",
                        "description": (
                            "<p>Discuss how interpreting goes wrong and how to get it right: recording language and "
                            "dialect, flagging the need on the record, booking in advance and allowing extra time.</p>"
                            "<p>Show an example of a language ID card of the kind developed in Liverpool, with written "
                            "languages, flags and the PIN for the telephone interpreting service. Talk through why "
                            "children should never interpret and why family members should only do so if the person "
                            "clearly chooses it.</p>"
                        ),
                        "materials": "Example language ID card; local interpreting service booking details",
                    },
                    {
                        "minutes": 15,
                        "title": "What practices changed",
                        "format": "presentation",
                        "description": (
                            "<p>Describe the changes that practices made with the Bridging Gaps group: an enhanced access "
                            "list, a dedicated role for care coordinators, an inclusion health clinic that actively "
                            "looked for people not yet reached, trauma-informed training for staff, and a personal "
                            "snapshot document.</p>"
                            "<p>Ask participants which of these their own practice has, and who would need to agree "
                            "to start one.</p>"
                        ),
                        "materials": "Slides",
                    },
                    {
                        "minutes": 5,
                        "title": "Check-out",
                        "format": "whole-group",
                        "description": "<p>Each person names one barrier they will raise at their next practice meeting.</p>",
                        "materials": "",
                    },
                ],
                "facilitator_notes": (
                    "<p>Prepare three fictional journey cards before the session, for example: a woman staying in a "
                    "hostel with no phone credit; a man who arrived in the UK recently and speaks little English; "
                    "a young person moving between friends' sofas. Keep them short and avoid graphic detail.</p>"
                    "<p>Reception staff may feel criticised. Acknowledge the pressure they work under and the mixed "
                    "messages they are often given. The aim is to give them clear rules and backing, not blame.</p>"
                    "<p>Trainees may hold out-of-date beliefs about registration or charging. Correct these clearly "
                    "and calmly, and point to the Safe Surgeries Toolkit.</p>"
                    "<p>Participants with experience of migration or homelessness may find the journey exercise "
                    "close to home. Make it easy to take a different role, such as observer, and follow the usual "
                    "approach to any disclosure.</p>"
                ),
                "handouts": [
                    {
                        "title": "Front-door access: a quick reference",
                        "kind": "handout",
                        "filename": "front-door-access-quick-reference.txt",
                        "description": "Registration, interpreting, getting an appointment and responding to missed appointments, in one page for the whole practice team.",
                        "text": (
                            "FRONT-DOOR ACCESS: A QUICK REFERENCE FOR PRACTICE TEAMS\n"
                            "\n"
                            "Registration\n"
                            "- Nobody needs proof of address, ID or immigration status to register with a GP "
                            "practice. Seeing a GP is free.\n"
                            "- People with no fixed address can use the practice address, or the address of a day "
                            "centre or hostel.\n"
                            "- Ask for a phone number or a support worker's details so you can stay in touch, but "
                            "never make this a condition of registering.\n"
                            "- If the practice cannot register someone, give the reason in writing.\n"
                            "- The Safe Surgeries Toolkit from Doctors of the World helps practices make "
                            "registration open to everyone, including migrants.\n"
                            "\n"
                            "Interpreting\n"
                            "- Professional interpreters are free for patients. Offer one whenever there is any "
                            "doubt about language.\n"
                            "- Record the person's language and dialect and flag the need for an interpreter, so one "
                            "is booked every time without the person having to ask.\n"
                            "- Book ahead for planned appointments and allow extra time.\n"
                            "- Never ask children to interpret. Only use family or friends if the person clearly "
                            "chooses this after being offered a professional.\n"
                            "- Keep language ID cards at reception showing written languages, flags and the PIN for "
                            "your telephone interpreting service.\n"
                            "\n"
                            "Getting an appointment\n"
                            "- Early-morning phone queues shut out people without credit, a charged phone or a "
                            "predictable day.\n"
                            "- An enhanced access list, agreed with the patient, can offer easier routes in: a named "
                            "contact, longer or double appointments, call-backs or same-day slots.\n"
                            "- Care coordinators can hold a dedicated role for people on the list: booking, "
                            "reminding and linking with support workers.\n"
                            "- A personal snapshot lets a patient tell the practice once what helps them. With "
                            "consent, scan it into the record so staff can read it before each contact.\n"
                            "\n"
                            "Missed appointments\n"
                            "- A missed appointment can be a sign that something has gone wrong. Treat it as a "
                            "reason to get in touch, not to punish.\n"
                            "- Contact the person, or with consent their support worker, before sending a standard "
                            "letter.\n"
                            "- Do not remove anyone from the list for missed appointments without speaking to them "
                            "first.\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "Have you seen a patient turned away, or put off, at registration or booking? What would you do differently now?",
                        "hint": "Include what you could say to a colleague, not just what the patient should have been told.",
                    },
                    {
                        "question": "Think of a consultation that used a family member to interpret. What might have been left unsaid?",
                        "hint": "Consider privacy, power within families and medical vocabulary.",
                    },
                    {
                        "question": "Which patient you have seen recently might benefit from an enhanced access list or a named contact, and how would you raise it with them?",
                        "hint": "Such lists only work with the patient's agreement.",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Safe Surgeries Toolkit",
                        "source": "Doctors of the World, 2021",
                        "url": "",
                        "note": "Practical guidance for practices on registering everyone, including people without documents or a fixed address.",
                    },
                    {
                        "title": "Bridging Gaps project website",
                        "source": "University of Bristol",
                        "url": "https://bridginggaps.blogs.bristol.ac.uk/",
                        "note": "Background to the group whose work led to enhanced access lists and personal snapshots in Bristol practices.",
                    },
                ],
            },
            # ---------------------------------------------------------- 1.4
            {
                "title": "Working with people with lived experience",
                "slug": "working-with-lived-experience",
                "summary": "Introduces NHS England's principles for working with people and communities and the five levels from inform to co-production, and explores what real partnership with people with lived experience asks of a practice.",
                "trainee_only": False,
                "learning_outcomes": [
                    "Describe the five levels of working with people, from inform to co-production, and choose a suitable level for a given task.",
                    "Summarise NHS England's principles for working with people and communities and apply them to a practice project.",
                    "Explain why feedback forms and patient participation groups on their own often miss the people facing the greatest inequalities.",
                    "Plan how a practice could partner with a local voluntary or community organisation rather than starting from scratch.",
                ],
                "session_plan": [
                    {
                        "minutes": 10,
                        "title": "Check-in",
                        "format": "whole-group",
                        "description": (
                            "<p>Revisit the ground rules. Ask each person: when did someone last ask your opinion and "
                            "then actually act on it? Keep answers brief.</p>"
                        ),
                        "materials": "",
                    },
                    {
                        "minutes": 15,
                        "title": "From inform to co-production",
                        "format": "presentation",
                        "description": (
                            "<p>Present the five levels: inform, consult, engage, co-design and co-production. Explain "
                            "that each level needs more trust and a deeper relationship than the one before, and that "
                            "every level has its place.</p>"
                            "<p>Outline NHS England's ten principles and the risk of tokenism: involving people for "
                            "appearance's sake, without a real purpose or any power to change things.</p>"
                        ),
                        "materials": "Slides; handout: From inform to co-production",
                    },
                    {
                        "minutes": 20,
                        "title": "Placing examples on the ladder",
                        "format": "small-groups",
                        "description": (
                            "<p>Give each group a set of example cards, such as a poster about a new phone system, a "
                            "waiting-room survey, a focus group, a working group redesigning registration, and a "
                            "lived-experience group co-facilitated with a charity.</p>"
                            "<p>Groups place each card on a ladder drawn on the table and discuss whether the level "
                            "fits the purpose.</p>"
                        ),
                        "materials": "Example cards; ladder drawn on flip chart paper",
                    },
                    {
                        "minutes": 25,
                        "title": "Two case studies",
                        "format": "small-groups",
                        "description": (
                            "<p>Half the groups read about Bridging Gaps, half about the Liverpool working group. Each "
                            "group lists what made the work possible, what it cost in time and money, and what they "
                            "would copy.</p>"
                            "<p>Groups then pair up to compare notes. Draw out the shared lessons: trust takes time, "
                            "partners outside the practice help balance power, and people must be free not to share "
                            "their own experiences.</p>"
                        ),
                        "materials": "Case study summaries from the BJGP paper; flip chart",
                    },
                    {
                        "minutes": 15,
                        "title": "Conversation with the co-facilitator",
                        "format": "whole-group",
                        "description": (
                            "<p>Participants ask the lived-experience co-facilitator about being involved in service "
                            "change: what helps, what puts people off, and what they wish professionals knew. The "
                            "co-facilitator can decline any question, and the GP educator chairs.</p>"
                        ),
                        "materials": "",
                    },
                    {
                        "minutes": 5,
                        "title": "Check-out",
                        "format": "whole-group",
                        "description": "<p>Each person names one way they could help their practice move one step up the ladder.</p>",
                        "materials": "",
                    },
                ],
                "facilitator_notes": (
                    "<p>Agree the conversation with the co-facilitator in advance: topics they are happy to cover, "
                    "topics that are off limits, and a signal for the GP educator to move things on. Pay them for "
                    "preparation time as well as the session.</p>"
                    "<p>Participants may ask personal questions out of curiosity. Step in early and redirect to the "
                    "co-facilitator's expertise about services rather than their personal history.</p>"
                    "<p>Some trainees may feel co-production is beyond them at this stage of training. Emphasise "
                    "small, realistic contributions, such as joining a practice working group or helping to report "
                    "back to patients on what changed.</p>"
                    "<p>Debrief with the co-facilitator straight after the session and check how they are.</p>"
                ),
                "handouts": [
                    {
                        "title": "From inform to co-production",
                        "kind": "handout",
                        "filename": "inform-to-co-production.txt",
                        "description": "The five levels of working with people, NHS England's principles in practice terms, and why a patient participation group is not enough on its own.",
                        "text": (
                            "FROM INFORM TO CO-PRODUCTION\n"
                            "\n"
                            "Five levels of working with people\n"
                            "NHS England sets out five levels for involving people in improving health and care. "
                            "Each needs more trust and a deeper relationship than the one before.\n"
                            "- Inform: telling people about a planned change and what it will mean for them.\n"
                            "- Consult: asking for views on one or more options.\n"
                            "- Engage: listening to understand an issue and talking through ideas for change.\n"
                            "- Co-design: shaping a service together and building people's ideas into the final result.\n"
                            "- Co-production: people with lived experience and people with professional experience "
                            "working as equal partners from beginning to end.\n"
                            "\n"
                            "Every level has a place. Telling patients about new opening hours is simply informing "
                            "them, and that is fine. Problems start when consultation is described as co-production, "
                            "or when people are involved for appearances only.\n"
                            "\n"
                            "NHS England's principles, in practice terms\n"
                            "NHS England sets out ten principles for working with people and communities. For a "
                            "GP practice they suggest that you:\n"
                            "- put the voices of patients and communities at the centre of decisions\n"
                            "- involve people at every stage and tell them what difference they made\n"
                            "- understand local needs and check whether changes are working\n"
                            "- build trust, especially with people the practice serves least well\n"
                            "- work with Healthwatch and local voluntary and community organisations\n"
                            "- give clear, accessible information without jargon or acronyms\n"
                            "- connect with what already works in the community\n"
                            "- offer a range of ways to take part\n"
                            "- make big changes in partnership, not alone\n"
                            "- build on what already works and on the strengths and networks of every partner\n"
                            "\n"
                            "Why a patient participation group is not enough on its own\n"
                            "Feedback forms and surveys rarely allow a continuing conversation. A patient "
                            "participation group can be a real space for co-production, especially when power "
                            "in the room is handled with care. But it will usually miss people who do not already "
                            "use the practice. Ask who is missing, go to places where people already meet, and "
                            "partner with organisations they already trust.\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "Think of a recent change at your practice. Which level of the ladder were patients involved at, and was that the right level?",
                        "hint": "Inform, consult, engage, co-design or co-production.",
                    },
                    {
                        "question": "Who would be missing if your practice relied only on its patient participation group and feedback forms?",
                        "hint": "",
                    },
                    {
                        "question": "Which local voluntary or community organisations already have the trust of people your practice struggles to reach?",
                        "hint": "Ask care coordinators, social prescribers and support workers.",
                    },
                    {
                        "question": "What would you personally need to change, in how you listen or share power, to work as an equal partner with people with lived experience?",
                        "hint": "",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Principles for working with people and communities",
                        "source": "NHS England, 2022",
                        "url": "",
                        "note": "The ten principles summarised in this module, written for NHS organisations with legal duties to involve people.",
                    },
                    {
                        "title": "How can patients, the public and health professionals work better together?",
                        "source": "Debbie Hatfield, Boingboing blog, 2021",
                        "url": "https://boingboing.org.uk/work-better-together",
                        "note": "Research on trust, leadership and partnership in NHS commissioning, and why people do not want to be treated as generic patients.",
                    },
                    {
                        "title": "Tackling health inequalities together: inclusion health and co-production",
                        "source": "McGeown H, Potter L, Sherwood D, Bridging Gaps group, Horwood J, Taylor C, Farr M. British Journal of General Practice, 2024",
                        "url": "",
                        "note": "The shared lessons from Bristol and Liverpool on moving beyond the patient participation group.",
                    },
                ],
            },
            # ---------------------------------------------------------- 1.5
            {
                "title": "Reflective case review: when care does not reach people",
                "slug": "reflective-case-review",
                "summary": "A confidential session for GP trainees only. Using fictional cases and their own anonymised experiences, trainees reflect on power, trust and missed chances in a protected space, with time to debrief.",
                "trainee_only": True,
                "learning_outcomes": [
                    "Analyse a case in which care did not reach someone, using trauma-informed principles rather than blame.",
                    "Recognise your own emotional responses to difficult consultations and how they can shape clinical decisions.",
                    "Identify one change to your own practice and one to your practice's systems, and record both in your learning log.",
                    "Describe where to seek support and supervision after emotionally demanding work.",
                ],
                "session_plan": [
                    {
                        "minutes": 10,
                        "title": "Check-in and agreeing confidentiality",
                        "format": "whole-group",
                        "description": (
                            "<p>Agree what stays in the room and the limits to that: if anything suggests a risk of "
                            "harm, the facilitator will follow safeguarding procedures. Agree that all cases are "
                            "anonymised.</p>"
                            "<p>Check-in round: how are you arriving, and is there anything the group should know to "
                            "help you take part today? Anyone can pass.</p>"
                        ),
                        "materials": "Written confidentiality agreement on a flip chart",
                    },
                    {
                        "minutes": 10,
                        "title": "Framing the session",
                        "format": "presentation",
                        "description": (
                            "<p>Explain the structure used throughout: what happened, what it may have been like for "
                            "the patient, what got in the way, and what could change. Make clear that this is not a "
                            "significant event review or a search for fault, and that feelings are part of the "
                            "material.</p>"
                        ),
                        "materials": "Handout: Case vignettes",
                    },
                    {
                        "minutes": 30,
                        "title": "Working with a case vignette",
                        "format": "small-groups",
                        "description": (
                            "<p>Groups of three or four each take one fictional case from the handout and work through "
                            "the questions. The facilitator moves between groups, listening for blame and gently "
                            "turning attention to systems and to the patient's point of view.</p>"
                        ),
                        "materials": "Handout: Case vignettes; pens",
                    },
                    {
                        "minutes": 25,
                        "title": "Learning from our own cases",
                        "format": "small-groups",
                        "description": (
                            "<p>In the same groups, one trainee who wishes to briefly describes an anonymised case of "
                            "their own. Others may ask only open questions; they do not give advice. The presenter "
                            "then says what they have noticed.</p>"
                            "<p>Nobody has to present. A group can return to its vignette instead.</p>"
                        ),
                        "materials": "",
                    },
                    {
                        "minutes": 15,
                        "title": "Common threads",
                        "format": "whole-group",
                        "description": (
                            "<p>Bring the groups together. Without revealing case details, ask what patterns they "
                            "noticed: recurring system barriers, moments of assumption, and what helped. Record system "
                            "issues that trainees could raise with their practices.</p>"
                        ),
                        "materials": "Flip chart",
                    },
                    {
                        "minutes": 10,
                        "title": "Writing it down",
                        "format": "individual",
                        "description": (
                            "<p>Quiet time to draft a learning log entry using the prompt sheet. Trainees can leave "
                            "out anything they would rather keep private.</p>"
                        ),
                        "materials": "Handout: Learning log prompts",
                    },
                    {
                        "minutes": 10,
                        "title": "Check-out and support",
                        "format": "whole-group",
                        "description": (
                            "<p>A closing round: one word for how you are leaving, and one thing you will do to look "
                            "after yourself today. Repeat where support is available, and stay behind for anyone who "
                            "wants to talk.</p>"
                        ),
                        "materials": "List of support contacts",
                    },
                ],
                "facilitator_notes": (
                    "<p>This module is for GP trainees only, so that they can speak openly about their own uncertainty "
                    "and mistakes. Hold it in person or in a signed-in online room, and do not record it. A GP educator "
                    "with experience of running reflective groups should facilitate. Involve the lived-experience "
                    "co-facilitator in writing and checking the vignettes; they may also join the session if both "
                    "they and the trainees agree.</p>"
                    "<p>Give a content note in advance. The vignettes include homelessness, pregnancy loss, childhood "
                    "abuse and drug use. Trainees can step out at any time and can choose which vignette to work on.</p>"
                    "<p>Trainees may become upset, defensive or self-critical. Slow the pace, acknowledge the feeling "
                    "and bring the focus back to what can be learned. If a trainee discloses personal trauma, thank "
                    "them, avoid exploring it in the group and offer a private conversation. If a case reveals a "
                    "patient safety or safeguarding concern, discuss it privately afterwards and agree next steps "
                    "with the trainee's educational supervisor.</p>"
                    "<p>Signpost trainees to their educational supervisor, local trainee support and their own GP. "
                    "Samaritans can be called free on 116 123 at any time. Arrange your own debrief afterwards.</p>"
                ),
                "handouts": [
                    {
                        "title": "Case vignettes for reflective practice",
                        "kind": "handout",
                        "filename": "reflective-case-vignettes.txt",
                        "description": "Three fictional composite cases about registration, interpreting and screening, with questions for small-group reflection.",
                        "text": (
                            "CASE VIGNETTES FOR REFLECTIVE PRACTICE\n"
                            "\n"
                            "These cases are fictional composites and are not about real people. Work through one "
                            "case as a group using the questions at the end. There are no right answers. The aim is "
                            "to understand, not to blame.\n"
                            "\n"
                            "Case A\n"
                            "Mr L is in his fifties and sleeps in a night shelter. He comes to the practice with a "
                            "painful leg ulcer. The receptionist asks for proof of address and he leaves. Three weeks "
                            "later he returns, angry, with the ulcer much worse. A locum records him as "
                            '"aggressive". The next clinician reads this note before calling him in.\n'
                            "\n"
                            "Case B\n"
                            "Mrs H came to the UK last year and speaks Dari. At an appointment about abdominal pain, "
                            "no interpreter has been booked, so her teenage son interprets. She says no to every "
                            "question. Later, with a professional interpreter, a practice nurse learns that she has "
                            "been bleeding since a pregnancy loss and did not want her son to know.\n"
                            "\n"
                            "Case C\n"
                            "Ms R is in her twenties. Her record mentions childhood abuse and current drug use. She "
                            "has missed four cervical screening appointments, and each time a standard letter was "
                            "sent. She attends the fifth, but leaves the room when the nurse begins the "
                            "examination.\n"
                            "\n"
                            "Questions for each case\n"
                            "- What might each step have felt like for the patient?\n"
                            "- What was going on for the staff? What pressures or assumptions were at work?\n"
                            "- At which points could things have gone differently?\n"
                            "- Which trauma-informed principles (safety, trust, choice, collaboration, "
                            "empowerment) were missing, and which were present?\n"
                            "- If this person came to see you next week, what would you do?\n"
                            "- What would need to change in the practice's systems, not only in one clinician's "
                            "behaviour?\n"
                            "- What are you feeling as you discuss this case, and how might that feeling shape "
                            "your decisions?\n"
                        ),
                    },
                    {
                        "title": "Learning log prompts",
                        "kind": "handout",
                        "filename": "learning-log-prompts.txt",
                        "description": "Prompts for a learning log entry after reflecting on care that did not reach someone, with a reminder about self-care and anonymity.",
                        "text": (
                            "LEARNING LOG PROMPTS: WHEN CARE DID NOT REACH SOMEONE\n"
                            "\n"
                            "Use these prompts to write a learning log entry after the session. Remove anything that "
                            "could identify a patient, colleague or practice. You do not have to record feelings you "
                            "would rather keep private. Your entry can focus on what you learned.\n"
                            "\n"
                            "What happened\n"
                            "- Describe the situation briefly and factually.\n"
                            "- What was your part in it, and what part did systems play, such as phones, forms, "
                            "letters or appointment length?\n"
                            "\n"
                            "What it may have been like for the patient\n"
                            "- What might the person have expected, given past experiences of services?\n"
                            "- At which moments might they have felt unsafe, unheard or judged?\n"
                            "\n"
                            "What got in the way\n"
                            "- What assumptions were made, by you or by others?\n"
                            "- What did the practice's processes make easy, and what did they make hard?\n"
                            "- How did time pressure affect the way you listened?\n"
                            "\n"
                            "What you noticed in yourself\n"
                            "- What did you feel during and after the encounter?\n"
                            "- How might those feelings have shaped what you said or did?\n"
                            "\n"
                            "What you will do differently\n"
                            "- One change in your own consultations.\n"
                            "- One change to suggest to the practice team, such as offering a personal snapshot, "
                            "flagging an interpreter need, or adding someone to an enhanced access list with their "
                            "agreement.\n"
                            "- Who you will talk to about it, and when.\n"
                            "\n"
                            "Looking after yourself\n"
                            "- Reflecting on difficult cases can stir things up. Note who you can talk to: your "
                            "educational supervisor, your trainer, a peer or your own GP.\n"
                            "- If the session raised something personal, it is fine to seek support before you "
                            "write anything down.\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "Which case stayed with you after the session, and why do you think it did?",
                        "hint": "Notice whether it connects with a patient you have seen or with your own experience.",
                    },
                    {
                        "question": "When have you written something in a patient's record that might shape how the next clinician sees them? What would you write now?",
                        "hint": "Think about words such as aggressive, non-compliant or did not attend.",
                    },
                    {
                        "question": "What system change could your training practice make that would have helped one of the patients discussed today?",
                        "hint": "",
                    },
                    {
                        "question": "Who supports you after difficult consultations, and what would make it easier to ask for that support?",
                        "hint": "",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Top tips for trauma-informed primary care",
                        "source": "Bridging Gaps group; available on request from the corresponding author of the BJGP paper",
                        "url": "",
                        "note": "Useful for turning reflections into practical changes at your training practice.",
                    },
                    {
                        "title": "Tackling health inequalities together: inclusion health and co-production",
                        "source": "McGeown H, Potter L, Sherwood D, Bridging Gaps group, Horwood J, Taylor C, Farr M. British Journal of General Practice, 2024",
                        "url": "",
                        "note": "Includes the authors' reflections on emotional load and the need for reflection time for staff.",
                    },
                ],
            },
        ],
        "checklist": None,
    },
    # ================================================================== course 2
    {
        "title": "Co-production toolkit for GP practices",
        "slug": "co-production-toolkit",
        "summary": "A practical toolkit for practice teams and local charities who want to set up a lived-experience group and change how the practice works together, from the first partnership conversation to showing people what changed.",
        "audience": "Practice managers, GPs, nurses, care coordinators, reception leads and social prescribers, with staff from the local charities they plan to work alongside.",
        "aims": (
            "<p>The toolkit helps a practice and a local charity build a co-production group that is safe, fairly "
            "run and able to change how the practice works.</p>"
            "<ul>"
            "<li>Set up a partnership with a voluntary or community organisation that people already trust.</li>"
            "<li>Run meetings with agreed ground rules, check-ins and check-outs.</li>"
            "<li>Pay and support people fairly for their time and expertise.</li>"
            "<li>Protect safety and confidentiality, with clear safeguarding arrangements.</li>"
            "<li>Turn what the group says into change, and report back honestly.</li>"
            "</ul>"
        ),
        "how_to_run": (
            "<p>The toolkit has five modules and a checklist. Each module is a workshop for a mixed team: ideally a "
            "GP, the practice manager, a care coordinator or reception lead, and one or two people from the partner "
            "charity. Once a group is running, invite members with lived experience to later workshops and pay them "
            "on the same basis as other group work.</p>"
            "<p>When you are setting up, work through modules 1 to 4 in order. Module 5 works best once the group "
            "has met several times and has ideas to act on. Any module can also be used on its own, as a refresher "
            "or when something has gone wrong.</p>"
            "<p>Where possible, hold workshops somewhere neutral, such as a community centre or the charity's own "
            "building, rather than at the practice. Use the checklist alongside the modules to agree priorities "
            "and track progress.</p>"
        ),
        "facilitator_requirements": (
            "<p>A member of practice staff and a member of the partner charity lead each workshop together. Where "
            "possible, add a co-facilitator with lived experience, paid for their time.</p>"
            "<ul>"
            "<li>Between them, facilitators should know how co-production works, how to support people living with "
            "the effects of trauma, and how general practice runs.</li>"
            "<li>Agree in advance who is safeguarding lead for the group and how concerns will be passed on.</li>"
            "<li>Read the module notes together and adapt the examples to your area.</li>"
            "<li>Plan a debrief after every workshop and time to reflect between sessions. This work carries an "
            "emotional load for staff as well as for group members.</li>"
            "</ul>"
        ),
        "modules": [
            # ---------------------------------------------------------- 2.1
            {
                "title": "Setting up a group with a local charity",
                "slug": "setting-up-with-a-charity",
                "summary": "How to agree a partnership with a voluntary or community organisation, map what already exists locally, and plan the time, money and support that a lived-experience group needs.",
                "trainee_only": False,
                "learning_outcomes": [
                    "Explain why partnering with a trusted local organisation helps to balance power and reach people the practice does not.",
                    "Map existing community groups and resources that are relevant to the people you want to involve.",
                    "Agree a clear purpose for involving people, and check what communities have already said before asking again.",
                    "Draft a partnership plan covering roles, funding, venue, timing and support between meetings.",
                ],
                "session_plan": [
                    {
                        "minutes": 10,
                        "title": "Welcome and check-in",
                        "format": "whole-group",
                        "description": (
                            "<p>Introductions, then a check-in round: name, organisation, and one hope for the "
                            "partnership. Share draft ground rules for the workshop and invite changes.</p>"
                        ),
                        "materials": "Name labels; draft ground rules",
                    },
                    {
                        "minutes": 15,
                        "title": "How two groups began",
                        "format": "presentation",
                        "description": (
                            "<p>Describe how Bridging Gaps grew from a GP clinic at a charity drop-in centre into a "
                            "partnership of women with lived experience, charity staff, researchers, practice staff "
                            "and the local integrated care board. Its funded meetings, held in a community centre, "
                            "were co-facilitated by an inclusion health GP, a charity support worker and a "
                            "researcher.</p>"
                            "<p>Contrast this with the Liverpool working group, which used asset mapping and small "
                            "pilot groups, supported by a co-production organisation, to go out to places where "
                            "communities already met.</p>"
                        ),
                        "materials": "Slides",
                    },
                    {
                        "minutes": 15,
                        "title": "Why are we doing this?",
                        "format": "whole-group",
                        "description": (
                            "<p>Agree a genuine reason for involving people, and what could realistically change as a "
                            "result. Ask what local people have already said, for example in Healthwatch reports or "
                            "the charity's own consultations, so the group is not asked the same questions again.</p>"
                        ),
                        "materials": "Any existing local engagement reports",
                    },
                    {
                        "minutes": 25,
                        "title": "Mapping what is already there",
                        "format": "small-groups",
                        "description": (
                            "<p>Groups map community groups, faith groups, drop-ins, hostels, day centres and "
                            "online networks used by the people the practice serves least well. Mark which ones "
                            "already have a relationship with the practice and who holds it.</p>"
                        ),
                        "materials": "Large local map or blank sheets; coloured pens",
                    },
                    {
                        "minutes": 20,
                        "title": "Drafting the partnership plan",
                        "format": "small-groups",
                        "description": (
                            "<p>Using the worksheet, groups draft the first version of a partnership plan. Facilitators "
                            "check that the plan includes funding for the charity's time, support between meetings, "
                            "and enough time for trust to develop.</p>"
                        ),
                        "materials": "Handout: Partnership planning worksheet",
                    },
                    {
                        "minutes": 10,
                        "title": "Check-out and next steps",
                        "format": "whole-group",
                        "description": (
                            "<p>Agree who will take each next step. Close with a check-out round: one thing you feel "
                            "more confident about, and one worry.</p>"
                        ),
                        "materials": "",
                    },
                ],
                "facilitator_notes": (
                    "<p>Be realistic from the start. Co-production needs time, skilled facilitation and money. It "
                    "usually takes longer than other service development, because trust has to be built first. "
                    "Starting small and growing is better than promising too much.</p>"
                    "<p>Charities should not be expected to give their time for free. Build their costs into any "
                    "funding bid, and discuss this openly in the workshop.</p>"
                    "<p>Watch the balance of power in the room. Practice staff may dominate by default. Invite charity "
                    "staff to speak first on questions about the community, and hold later workshops on their "
                    "premises if possible.</p>"
                    "<p>If the partnership does not work out, treat it as learning rather than failure. A different "
                    "partner or a smaller first step may suit better.</p>"
                ),
                "handouts": [
                    {
                        "title": "Partnership planning worksheet",
                        "kind": "handout",
                        "filename": "partnership-planning-worksheet.txt",
                        "description": "Questions a practice and a charity can answer together before a lived-experience group first meets.",
                        "text": (
                            "PARTNERSHIP PLANNING WORKSHEET\n"
                            "\n"
                            "Answer these questions together, practice and charity. Revisit them after the group "
                            "has met a few times: the answers will change.\n"
                            "\n"
                            "Purpose\n"
                            "- Why do we want to involve people, and what could actually change as a result?\n"
                            "- What have local people already told services about this? Where is it written down?\n"
                            "- Which level of involvement are we aiming for: inform, consult, engage, co-design or "
                            "co-production?\n"
                            "\n"
                            "People\n"
                            "- Whose voices are we trying to hear? Who is missing from our current patient groups?\n"
                            "- Would a group for people who share an experience or identity, such as a women-only "
                            "group, feel safer?\n"
                            "- Can we include professionals who share a gender, ethnic or cultural background with "
                            "group members?\n"
                            "\n"
                            "Roles\n"
                            "- Who will facilitate? Between us, do we know how co-production works, how to offer "
                            "trauma-informed support, and how general practice runs?\n"
                            "- Who is the safeguarding lead, and who supports members between meetings?\n"
                            "- Who from the practice has the authority to make changes happen?\n"
                            "\n"
                            "Practicalities\n"
                            "- Where will we meet? Is the venue familiar, accessible and free to reach?\n"
                            "- When will we meet? Consider school hours, caring duties, work and hostel rules.\n"
                            "- Can people join online as well as in person, and drop in and out as life changes?\n"
                            "- Will there be food and drinks?\n"
                            "\n"
                            "Money\n"
                            "- How will members be paid or thanked, and how will travel and other costs be covered?\n"
                            "- Is the charity's time funded?\n"
                            "- Where will the money come from, and for how long?\n"
                            "\n"
                            "Time\n"
                            "- Have we allowed enough time for trust to grow before we expect results?\n"
                            "- How often will we meet, and how long will the partnership run?\n"
                            "\n"
                            "Feedback\n"
                            "- How will we tell members, and the wider community, what changed because of them?\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "Which local organisation do people your practice struggles to reach already trust, and what do you know about how they work?",
                        "hint": "Care coordinators and social prescribers often know.",
                    },
                    {
                        "question": "What is your practice's honest reason for wanting to involve people, and what is it prepared to change?",
                        "hint": "If nothing can change, say so early.",
                    },
                    {
                        "question": "What would your practice need to give up or share for a partnership with a charity to feel equal?",
                        "hint": "",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Tackling health inequalities together: inclusion health and co-production",
                        "source": "McGeown H, Potter L, Sherwood D, Bridging Gaps group, Horwood J, Taylor C, Farr M. British Journal of General Practice, 2024",
                        "url": "",
                        "note": "Sets out the partners, activities and key learning from both projects in side-by-side summaries.",
                    },
                    {
                        "title": "Bridging Gaps project website",
                        "source": "University of Bristol",
                        "url": "https://bridginggaps.blogs.bristol.ac.uk/",
                        "note": "More about how a GP, a charity and women with lived experience built their group.",
                    },
                    {
                        "title": "Healthwatch report library",
                        "source": "Healthwatch",
                        "url": "",
                        "note": "A starting point for finding what local people have already said, before asking them again.",
                    },
                ],
            },
            # ---------------------------------------------------------- 2.2
            {
                "title": "Ground rules, check-ins and check-outs",
                "slug": "ground-rules-check-ins-check-outs",
                "summary": "Practical ways to make group meetings feel safe and fair: agreeing ground rules together, applying them to everyone, and opening and closing each meeting with a check-in and a check-out.",
                "trainee_only": False,
                "learning_outcomes": [
                    "Help a group agree its own ground rules, and explain why they must apply equally to everyone, including staff.",
                    "Run a check-in and a check-out, and explain how they help facilitators notice when someone is struggling.",
                    "Plan breaks and aftercare for meetings where heavy subjects may come up.",
                    "Respond calmly and fairly when a ground rule is broken.",
                ],
                "session_plan": [
                    {
                        "minutes": 10,
                        "title": "A modelled check-in",
                        "format": "whole-group",
                        "description": (
                            "<p>The facilitator runs a check-in and then explains each choice they made: a simple "
                            "question, going round in turn, the right to pass, the facilitator answering first, "
                            "and keeping answers short.</p>"
                        ),
                        "materials": "",
                    },
                    {
                        "minutes": 10,
                        "title": "Why structure makes a space safer",
                        "format": "presentation",
                        "description": (
                            "<p>Explain what the case studies learned: meetings can be triggering, check-ins and "
                            "check-outs show how people are feeling, breaks and aftercare matter, and ground rules "
                            "only work if they are agreed together and applied fairly to everyone.</p>"
                        ),
                        "materials": "Slides",
                    },
                    {
                        "minutes": 20,
                        "title": "Drafting ground rules together",
                        "format": "small-groups",
                        "description": (
                            "<p>Groups draft ground rules for a new lived-experience group, then compare them with "
                            "the sample in the handout. Ask: what would each rule look like in practice, and how "
                            "would a new member learn it?</p>"
                        ),
                        "materials": "Handout: Ground rules and check-in prompts; flip chart",
                    },
                    {
                        "minutes": 15,
                        "title": "Practising check-ins and check-outs",
                        "format": "pairs",
                        "description": (
                            "<p>In pairs, each person leads a short check-in and a check-out using prompts from the "
                            "handout. Partners give feedback on tone and pace. Then discuss: what would you do if "
                            "someone's check-in suggested they were not all right?</p>"
                        ),
                        "materials": "Handout: Ground rules and check-in prompts",
                    },
                    {
                        "minutes": 15,
                        "title": "When a rule is broken",
                        "format": "whole-group",
                        "description": (
                            "<p>Talk through short scenarios: a GP keeps interrupting a member; a member shares "
                            "something about another patient; a discussion turns into one person's painful story. "
                            "Agree a fair response to each, applying the same rules to staff and members.</p>"
                        ),
                        "materials": "Scenario cards",
                    },
                    {
                        "minutes": 5,
                        "title": "Check-out",
                        "format": "whole-group",
                        "description": "<p>A closing round using one of the check-out prompts from the handout.</p>",
                        "materials": "",
                    },
                ],
                "facilitator_notes": (
                    "<p>Check-ins and check-outs can feel awkward to staff used to business meetings. Keep them short "
                    "and light, and always allow people to pass. Their purpose is to notice how people are, not to "
                    "prompt disclosure.</p>"
                    "<p>If a check-in suggests someone is struggling, do not explore it in front of the group. Check in "
                    "with them privately at the break, and make sure the support worker or named contact knows.</p>"
                    "<p>Ground rules lose their value if they are applied to members but not to staff. Facilitators "
                    "need to be willing to challenge a senior colleague in the room.</p>"
                    "<p>Plan a break in every meeting, and make sure someone is available afterwards for anyone who "
                    "needs to talk.</p>"
                ),
                "handouts": [
                    {
                        "title": "Ground rules and check-in prompts",
                        "kind": "handout",
                        "filename": "ground-rules-and-check-in-prompts.txt",
                        "description": "A sample set of ground rules for a lived-experience group, with prompts for check-ins and check-outs.",
                        "text": (
                            "GROUND RULES AND CHECK-IN PROMPTS\n"
                            "\n"
                            "Sample ground rules\n"
                            "Use these as a starting point. A group's own rules, agreed together, will work better "
                            "than any borrowed list.\n"
                            "- Nobody in the room outranks anyone else. We make decisions together.\n"
                            "- Every view counts. We give each other our full attention and speak one at a time.\n"
                            "- We are here to share expertise. Nobody has to talk about difficult or traumatic "
                            "experiences, and nobody will be asked to.\n"
                            "- What people share stays in the room, except where someone may be at risk of harm. "
                            "The facilitators will explain what happens then.\n"
                            "- We do not talk about other patients or staff by name.\n"
                            "- We challenge ideas, not people.\n"
                            "- It is fine to take a break or leave the room at any time.\n"
                            "- Phones on silent, unless you need to stay reachable.\n"
                            "- The facilitators apply these rules in the same way to everyone, including staff.\n"
                            "\n"
                            "Check-in prompts\n"
                            "Keep check-ins short. The facilitator goes first. Anyone can pass.\n"
                            "- One word for how you are arriving today.\n"
                            "- If your mood were the weather, what would it be?\n"
                            "- One small thing that went well this week.\n"
                            "- Is there anything you need from the group today?\n"
                            "\n"
                            "Check-out prompts\n"
                            "Leave time for the check-out, even if the meeting runs late.\n"
                            "- One word for how you are leaving.\n"
                            "- One thing you are taking away.\n"
                            "- What will you do for yourself after this meeting?\n"
                            "- Is there anything you need before you go?\n"
                            "\n"
                            "For facilitators\n"
                            "- Listen for answers that suggest someone is not all right. Follow up privately, "
                            "not in the group.\n"
                            "- Build in at least one break, with food and drinks if possible.\n"
                            "- Make sure someone is available after the meeting for anyone who needs to talk.\n"
                            "- Agree with the partner charity how members can get support between meetings.\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "How do meetings at your practice usually open and close? What would change if you began with a check-in?",
                        "hint": "",
                    },
                    {
                        "question": "Which ground rule would be hardest for you to uphold if a senior colleague broke it?",
                        "hint": "Think about what support you would need to act fairly.",
                    },
                    {
                        "question": "How would you know if a group member left a meeting distressed, and what would happen next?",
                        "hint": "Consider the check-out, aftercare and support between meetings.",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Tackling health inequalities together: inclusion health and co-production",
                        "source": "McGeown H, Potter L, Sherwood D, Bridging Gaps group, Horwood J, Taylor C, Farr M. British Journal of General Practice, 2024",
                        "url": "",
                        "note": "Explains why check-ins, check-outs, breaks and fairly applied ground rules mattered in the Bristol group.",
                    },
                ],
            },
            # ---------------------------------------------------------- 2.3
            {
                "title": "Paying people for their time",
                "slug": "paying-people-for-their-time",
                "summary": "Why people with lived experience should be paid or thanked for their expertise, how to agree a fair approach, and what to think through first, including benefits, travel, childcare and how payment is made.",
                "trainee_only": False,
                "learning_outcomes": [
                    "Explain why paying people for their time shows that their expertise is valued.",
                    "Identify practical costs that stop people taking part, such as travel, childcare, phone credit and meeting times.",
                    "Describe what to check before agreeing payments, including the possible effect on welfare benefits, and where people can get independent advice.",
                    "Draft a simple written payment and expenses approach with your partner charity.",
                ],
                "session_plan": [
                    {
                        "minutes": 5,
                        "title": "Check-in",
                        "format": "whole-group",
                        "description": "<p>A quick round: one word for how you are arriving. Anyone can pass.</p>",
                        "materials": "",
                    },
                    {
                        "minutes": 10,
                        "title": "Why payment matters",
                        "format": "presentation",
                        "description": (
                            "<p>Explain that members bring expertise, not just opinions, and that a thank you, "
                            "usually a payment, shows their time is valued. Point out that many people in the "
                            "Liverpool outreach work were keen to take part but were stopped by practicalities.</p>"
                        ),
                        "materials": "Slides",
                    },
                    {
                        "minutes": 25,
                        "title": "What could go wrong?",
                        "format": "small-groups",
                        "description": (
                            "<p>Each group takes scenario cards and decides what the practice should do. Examples: a "
                            "member worries that payment will affect their benefits; a member has no bank account; "
                            "payment arrives weeks late; a member cannot come without childcare; bus fares must be "
                            "paid up front.</p>"
                            "<p>The charity facilitator adds what has worked in their organisation.</p>"
                        ),
                        "materials": "Scenario cards; handout: Payment and practicalities",
                    },
                    {
                        "minutes": 15,
                        "title": "Agreeing our approach",
                        "format": "whole-group",
                        "description": (
                            "<p>Pull the ideas together into a first draft of the group's payment and expenses "
                            "approach: rates, what counts as paid time, expenses, how and when people are paid, "
                            "and who checks the rules.</p>"
                        ),
                        "materials": "Flip chart",
                    },
                    {
                        "minutes": 5,
                        "title": "Check-out",
                        "format": "whole-group",
                        "description": "<p>One thing you will check or change before the group's next meeting.</p>",
                        "materials": "",
                    },
                ],
                "facilitator_notes": (
                    "<p>Rules on payments and welfare benefits change and depend on each person's circumstances. "
                    "Facilitators should not give benefits advice. Instead, make sure members know about a payment "
                    "before they agree to it, have time to get independent advice, and can choose how to be thanked, "
                    "including saying no to payment.</p>"
                    "<p>Use recognised payment guidance for involvement work and check your local integrated care "
                    "board's policy. The partner charity may already have a policy you can adopt.</p>"
                    "<p>Money can be a sensitive subject. Discuss payment with members individually and privately, "
                    "not in the group.</p>"
                    "<p>Late or complicated payment quickly damages trust. Agree a simple process, and make one "
                    "person responsible for it.</p>"
                ),
                "handouts": [
                    {
                        "title": "Payment and practicalities: what to agree first",
                        "kind": "handout",
                        "filename": "payment-and-practicalities.txt",
                        "description": "A checklist for paying and supporting lived-experience members, including benefits, expenses and how payment is made.",
                        "text": (
                            "PAYMENT AND PRACTICALITIES: WHAT TO AGREE BEFORE THE FIRST MEETING\n"
                            "\n"
                            "Why pay people\n"
                            "Members of a lived-experience group are there as experts. Paying them, or thanking "
                            "them in another way they choose, shows that their time and knowledge are valued in the "
                            "same way as staff time.\n"
                            "\n"
                            "Agree the basics\n"
                            "- What rate will you pay, and for what: meetings, preparation, travel time, training?\n"
                            "- Will you follow recognised payment guidance for involvement work, or your integrated "
                            "care board's policy? Write down which.\n"
                            "- Who in the practice or charity is responsible for making payments?\n"
                            "- How soon after each meeting will people be paid?\n"
                            "\n"
                            "Benefits and tax\n"
                            "- Payments can affect some people's welfare benefits. The rules vary with each "
                            "person's situation, so do not give advice yourself.\n"
                            "- Tell members in writing what they will be offered before they agree, so they can "
                            "check with an independent welfare rights adviser. The partner charity may be able to "
                            "arrange this.\n"
                            "- Offer a choice: payment, a voucher, or no payment. Respect whatever people decide, "
                            "and do not ask them to explain.\n"
                            "\n"
                            "How people are paid\n"
                            "- Not everyone has a bank account. Agree alternatives with the charity.\n"
                            "- Keep paperwork to a minimum. Help people fill in any forms.\n"
                            "\n"
                            "Removing practical barriers\n"
                            "- Pay travel costs in advance or on the day, not weeks later.\n"
                            "- Cover childcare or caring costs where needed.\n"
                            "- Provide food and drinks at meetings.\n"
                            "- Choose times that fit around school hours, work, appointments and hostel rules.\n"
                            "- Offer ways to take part online or by phone, and consider data or phone credit.\n"
                            "- Let people join in and step back as their circumstances change, without losing "
                            "their place.\n"
                            "\n"
                            "Check again\n"
                            "- Review the approach with members after the first few meetings. Ask what is "
                            "working and what is getting in the way.\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "How does your practice currently value the time of patients who help improve services? Would staff accept the same treatment?",
                        "hint": "",
                    },
                    {
                        "question": "Which practical barrier would most affect the people you hope to involve, and how could you remove it?",
                        "hint": "Think about travel, childcare, timing, phones and money up front.",
                    },
                    {
                        "question": "Where could group members get independent advice about payments and benefits in your area?",
                        "hint": "Ask the partner charity first.",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Tackling health inequalities together: inclusion health and co-production",
                        "source": "McGeown H, Potter L, Sherwood D, Bridging Gaps group, Horwood J, Taylor C, Farr M. British Journal of General Practice, 2024",
                        "url": "",
                        "note": "Notes the value of thanking participants and refers readers to published payment guidance.",
                    },
                    {
                        "title": "How can patients, the public and health professionals work better together?",
                        "source": "Debbie Hatfield, Boingboing blog, 2021",
                        "url": "https://boingboing.org.uk/work-better-together",
                        "note": "Shows how feeling valued, and being seen as more than a generic patient, shapes trust in involvement work.",
                    },
                ],
            },
            # ---------------------------------------------------------- 2.4
            {
                "title": "Safe spaces, safeguarding and confidentiality",
                "slug": "safe-spaces-safeguarding-confidentiality",
                "summary": "How to create a space where people feel safe to contribute, agree roles and boundaries early, explain safeguarding and confidentiality clearly, and support members and staff during and between meetings.",
                "trainee_only": False,
                "learning_outcomes": [
                    "Describe what makes a group feel safe, including identity-based groups, familiar venues and no pressure to share personal experiences.",
                    "Agree roles, boundaries and confidentiality with a group early on, and explain the limits of confidentiality in plain language.",
                    "Respond to distress or a disclosure in a group in a trauma-informed way, and follow the agreed safeguarding route.",
                    "Plan support and reflection time for staff as well as members.",
                ],
                "session_plan": [
                    {
                        "minutes": 10,
                        "title": "Check-in: what makes a space feel safe?",
                        "format": "whole-group",
                        "description": (
                            "<p>Check-in round: one thing that helps you feel safe in a room full of people you do "
                            "not know. Collect the answers on a flip chart for later.</p>"
                        ),
                        "materials": "Flip chart",
                    },
                    {
                        "minutes": 15,
                        "title": "Lessons on safe spaces",
                        "format": "presentation",
                        "description": (
                            "<p>Share what the case studies learned. The Bristol group was for women only, which "
                            "helped members talk about experiences of care related to gender. Including professionals "
                            "who share members' gender, ethnic or cultural background can add to safety. People must "
                            "never feel under pressure to share traumatic experiences. Flexible ways to take part, and "
                            "freedom to step back and return, also help.</p>"
                        ),
                        "materials": "Slides",
                    },
                    {
                        "minutes": 25,
                        "title": "Drawing the boundaries",
                        "format": "small-groups",
                        "description": (
                            "<p>Groups use the handout to draft a confidentiality and safeguarding agreement: what stays "
                            "in the room, what is shared and with whom, when confidentiality has to be broken, and how "
                            "this will be explained to a new member in plain words.</p>"
                        ),
                        "materials": "Handout: Confidentiality and safeguarding",
                    },
                    {
                        "minutes": 20,
                        "title": "When someone is distressed or discloses",
                        "format": "whole-group",
                        "description": (
                            "<p>Work through scenarios: a member becomes tearful when a topic comes up; a member "
                            "mentions they are not safe at home; a staff member is visibly upset after a meeting. "
                            "For each, agree what happens in the room, straight afterwards and in the following "
                            "days.</p>"
                        ),
                        "materials": "Scenario cards; local safeguarding contacts",
                    },
                    {
                        "minutes": 10,
                        "title": "Looking after ourselves",
                        "format": "individual",
                        "description": (
                            "<p>Each person notes how they will look after themselves after group meetings, and who "
                            "they can debrief with. Facilitators share the support available to staff.</p>"
                        ),
                        "materials": "Cards",
                    },
                    {
                        "minutes": 10,
                        "title": "Check-out",
                        "format": "whole-group",
                        "description": (
                            "<p>Return to the flip chart from the check-in. Each person names one thing from it that "
                            "the group will build into its meetings.</p>"
                        ),
                        "materials": "Flip chart from the check-in",
                    },
                ],
                "facilitator_notes": (
                    "<p>Give a content note at the start: the scenarios mention distress, domestic abuse and "
                    "safeguarding. Participants can step out at any time.</p>"
                    "<p>Make sure everyone leaves knowing who the safeguarding lead is, for both adults and children, "
                    "and how to reach them. If a real disclosure happens during the workshop, pause the activity, "
                    "speak to the person privately and follow the agreed route.</p>"
                    "<p>Emphasise that members share expertise, not their trauma. Facilitators should gently redirect "
                    "a conversation that is drifting into painful personal detail and check in with the person "
                    "afterwards.</p>"
                    "<p>Staff can be affected too. Plan reflection time and make supervision available, particularly "
                    "for anyone facilitating regularly.</p>"
                ),
                "handouts": [
                    {
                        "title": "Confidentiality and safeguarding: points to agree",
                        "kind": "handout",
                        "filename": "confidentiality-and-safeguarding.txt",
                        "description": "Points to cover in a group's confidentiality and safeguarding agreement, plus how to support people during and between meetings.",
                        "text": (
                            "CONFIDENTIALITY AND SAFEGUARDING: POINTS TO AGREE\n"
                            "\n"
                            "Agree these early, ideally at the group's first or second meeting, and write them "
                            "down in plain language. Go over them again whenever someone new joins.\n"
                            "\n"
                            "Roles and boundaries\n"
                            "- Who facilitates, and what their role is.\n"
                            "- What the group can and cannot influence.\n"
                            "- How decisions are made, and how the group will uphold its boundaries if they are "
                            "crossed.\n"
                            "- That practice staff in the group are there as partners, not as members' clinicians.\n"
                            "\n"
                            "Confidentiality\n"
                            "- What is said in the group stays in the group, unless everyone agrees otherwise.\n"
                            "- Notes record ideas and decisions, not who said what about their own life.\n"
                            "- Nobody's health records are discussed, and staff do not look people up.\n"
                            "- Members choose whether their name appears on anything the group produces.\n"
                            "\n"
                            "The limits of confidentiality\n"
                            "- If someone may be at risk of serious harm, or a child may be at risk, facilitators "
                            "must share this with the safeguarding lead.\n"
                            "- Where possible, the person will be told first and involved in what happens next.\n"
                            "- Name the safeguarding lead and explain how to contact them.\n"
                            "\n"
                            "No pressure to share\n"
                            "- Members are there for their expertise. Nobody is expected to describe traumatic "
                            "experiences.\n"
                            "- People can say as much or as little as they want, and can change their mind.\n"
                            "\n"
                            "Support during meetings\n"
                            "- Check in at the start and check out at the end.\n"
                            "- Take breaks, and have a quiet space available.\n"
                            "- Agree a signal for anyone who needs to step out, and have someone ready to go with "
                            "them if they wish.\n"
                            "\n"
                            "Support between meetings\n"
                            "- Name a contact at the partner charity whom members can reach.\n"
                            "- Agree how facilitators follow up after a difficult meeting.\n"
                            "\n"
                            "Support for staff\n"
                            "- Offer a debrief after each meeting and regular reflection time.\n"
                            "- Remember that trauma can affect staff as well as members.\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "Would the people you want to involve feel safer in a group with others who share their gender, culture or experience? How could you offer that?",
                        "hint": "",
                    },
                    {
                        "question": "How would you explain the limits of confidentiality to a new group member in two or three plain sentences?",
                        "hint": "Try it out loud with a colleague.",
                    },
                    {
                        "question": "What support do you have after emotionally heavy work, and is it enough?",
                        "hint": "Think about debriefs, supervision and time to reflect.",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Tackling health inequalities together: inclusion health and co-production",
                        "source": "McGeown H, Potter L, Sherwood D, Bridging Gaps group, Horwood J, Taylor C, Farr M. British Journal of General Practice, 2024",
                        "url": "",
                        "note": "Reflects on safe spaces, agreeing boundaries early, and the risk of emotional overwhelm for staff and patients.",
                    },
                    {
                        "title": "Exploring co-production to tackle health inequalities through primary care services",
                        "source": "Centre for Academic Primary Care, University of Bristol, 2024",
                        "url": "",
                        "note": "A short news summary of the paper's key messages on trust, safe spaces and boundaries.",
                    },
                ],
            },
            # ---------------------------------------------------------- 2.5
            {
                "title": "Closing the loop: You said, we did",
                "slug": "closing-the-loop",
                "summary": "How to turn what a group says into actions with owners, and then report back honestly to members and the wider community, including what changed, what has not changed yet, and why.",
                "trainee_only": False,
                "learning_outcomes": [
                    "Explain why feeding back to people about the difference they made is essential to trust.",
                    "Turn issues raised by a group into actions, each with an owner, a timescale and a plan for reporting back.",
                    "Write an honest You said, we did update, including things that cannot be done or have not worked.",
                    "Choose ways of sharing changes that reach people who do not read practice newsletters or websites.",
                ],
                "session_plan": [
                    {
                        "minutes": 10,
                        "title": "Check-in",
                        "format": "whole-group",
                        "description": (
                            "<p>Check-in round: think of a time you gave feedback to an organisation. Did you ever hear "
                            "what happened to it?</p>"
                        ),
                        "materials": "",
                    },
                    {
                        "minutes": 10,
                        "title": "Why closing the loop matters",
                        "format": "presentation",
                        "description": (
                            "<p>Explain that telling people what changed is part of the work, not an extra. People who "
                            "never hear back stop taking part. Share examples of changes practices made after working "
                            "with lived-experience groups, such as enhanced access lists, personal snapshots, language "
                            "ID cards and multilingual guides to local services.</p>"
                        ),
                        "materials": "Slides",
                    },
                    {
                        "minutes": 25,
                        "title": "From conversation to change",
                        "format": "small-groups",
                        "description": (
                            "<p>Give each group a list of issues raised by a fictional lived-experience group. Groups "
                            "agree an action for each, an owner with authority to act, a realistic timescale and how "
                            "they will report back. Some issues should have no easy answer.</p>"
                        ),
                        "materials": "Issue lists; action planning grid",
                    },
                    {
                        "minutes": 20,
                        "title": "Writing a You said, we did update",
                        "format": "small-groups",
                        "description": (
                            "<p>Using the template in the handout, groups write a short update for members and a "
                            "version for the waiting room. Include at least one honest not yet or we could not. "
                            "Groups then swap and check each other's wording for jargon.</p>"
                        ),
                        "materials": "Handout: You said, we did template",
                    },
                    {
                        "minutes": 10,
                        "title": "Check-out",
                        "format": "whole-group",
                        "description": (
                            "<p>Each person names one change at their practice that patients have not yet been told "
                            "about, and how they will share it.</p>"
                        ),
                        "materials": "",
                    },
                ],
                "facilitator_notes": (
                    "<p>Practices sometimes want to report only successes. Encourage honesty. Explaining why something "
                    "could not be done, or did not work, builds more trust than silence. When a change does not work, "
                    "treat it as useful learning rather than failure.</p>"
                    "<p>Make sure group members hear about changes before the wider public does, and that their "
                    "contribution is credited in the way they have chosen.</p>"
                    "<p>Consider ways of sharing that reach beyond the practice website: the partner charity's "
                    "drop-in, community groups, printed updates in several languages, and a celebration event when "
                    "something significant changes.</p>"
                ),
                "handouts": [
                    {
                        "title": "You said, we did: template and examples",
                        "kind": "handout",
                        "filename": "you-said-we-did-template.txt",
                        "description": "A simple template for reporting back on changes, with illustrative examples and tips on plain, honest wording.",
                        "text": (
                            "YOU SAID, WE DID: TEMPLATE AND EXAMPLES\n"
                            "\n"
                            "Use this template to tell group members, and then the wider community, what has "
                            "happened because of what they said. Keep it short and plain. Avoid jargon and "
                            "acronyms.\n"
                            "\n"
                            "Template\n"
                            "- You said: the issue, in the group's words where they agree.\n"
                            "- We did: what changed, and when.\n"
                            "- Not yet: what is still in progress, and when you will update people.\n"
                            "- We could not: anything you cannot change, and the honest reason.\n"
                            "- Who to contact: a named person for questions.\n"
                            "\n"
                            "Illustrative examples\n"
                            "These examples are made up for this handout, but they reflect the kinds of change "
                            "practices have made with lived-experience groups.\n"
                            "\n"
                            "- You said: ringing early in the morning does not work if you have no credit or no "
                            "settled day.\n"
                            "  We did: started an enhanced access list. People on it, with their agreement, can "
                            "contact a named care coordinator instead.\n"
                            "\n"
                            "- You said: having to tell your story to every new clinician is exhausting.\n"
                            "  We did: introduced a personal snapshot. You can tell us once what helps you, and we "
                            "scan it into your record with your permission.\n"
                            "\n"
                            "- You said: reception staff did not know which language you spoke.\n"
                            "  We did: put language ID cards at the front desk, with the PIN for the interpreting "
                            "service.\n"
                            "\n"
                            "- You said: evening appointments would help.\n"
                            "  Not yet: we are discussing this with the other practices in our network and will "
                            "update the group at its next meeting.\n"
                            "\n"
                            "Tips\n"
                            "- Tell group members first, in person if possible.\n"
                            "- Credit the group in the way members have chosen.\n"
                            "- Share updates where people already are: the partner charity, community groups and "
                            "the waiting room, as well as online.\n"
                            "- Offer versions in the main languages spoken locally.\n"
                            "- Ask the group whether each change is working, and report that back too.\n"
                        ),
                    },
                ],
                "reflective_questions": [
                    {
                        "question": "What has your practice changed in the past year because of patient feedback, and do the patients who raised it know?",
                        "hint": "",
                    },
                    {
                        "question": "How would you tell a group that their main request cannot happen, in a way that keeps their trust?",
                        "hint": "Think about honesty, reasons and what else might be possible.",
                    },
                    {
                        "question": "Which ways of sharing news would reach people who never visit the practice website?",
                        "hint": "Think about where people already gather.",
                    },
                ],
                "further_reading": [
                    {
                        "title": "Principles for working with people and communities",
                        "source": "NHS England, 2022",
                        "url": "",
                        "note": "Its second principle asks organisations to report back to people on what their involvement changed.",
                    },
                    {
                        "title": "Patient and carer race equality framework (PCREF)",
                        "source": "NHS England, 2023",
                        "url": "",
                        "note": "A mental health framework with co-production at its centre, in which feedback must be acted on and reported back.",
                    },
                ],
            },
        ],
        "checklist": {
            "title": "Easier access: a checklist for GP practices",
            "slug": "practice-checklist",
            "summary": "Practical actions a GP practice can take so that people who have faced trauma, homelessness, addiction, racism or migration can register, communicate and keep coming back.",
            "intro": (
                "<p>This checklist brings together actions from our group's work and from published learning about "
                "co-production in primary care. It follows the spirit of the Safe Surgeries Toolkit from Doctors of "
                "the World.</p>"
                "<p>Work through it as a team, ideally with your lived-experience group or partner charity. "
                "<b>Most actions cost little or nothing.</b> Start with a few and build from there.</p>"
            ),
            "sections": [
                {
                    "heading": "Registration and first contact",
                    "items": [
                        {
                            "action": "Register people without asking for proof of address, ID or immigration status.",
                            "detail": "<p>None of these is needed to register with a GP practice. Make sure every member of staff, including locums and temporary staff, knows this.</p>",
                        },
                        {
                            "action": "Let people with no fixed address use the practice address, or the address of a day centre or hostel.",
                            "detail": "<p>Ask for a phone number or a support worker's details to stay in touch, but never make this a condition.</p>",
                        },
                        {
                            "action": "Give the reason in writing whenever the practice cannot register someone.",
                            "detail": "",
                        },
                        {
                            "action": "Use the Safe Surgeries Toolkit, and display a sign saying everyone is welcome to register.",
                            "detail": "",
                        },
                        {
                            "action": "Simplify your registration process, and offer help to complete forms in person.",
                            "detail": "<p>Check the online and paper routes with people who find forms hard, and remove any steps the rules do not require.</p>",
                        },
                        {
                            "action": "Offer a quiet place to talk at reception, and never ask sensitive questions across the waiting room.",
                            "detail": "",
                        },
                    ],
                },
                {
                    "heading": "Language and communication",
                    "items": [
                        {
                            "action": "Offer a professional interpreter whenever it is needed, and make clear that it is free.",
                            "detail": "",
                        },
                        {
                            "action": "Record each patient's language and dialect, and flag the need for an interpreter on their record.",
                            "detail": "<p>A flag means an interpreter is booked every time, without the patient having to ask again.</p>",
                        },
                        {
                            "action": "Book interpreters in advance for planned appointments, and add extra time.",
                            "detail": "",
                        },
                        {
                            "action": "Do not ask children to interpret, and only use family or friends if the patient clearly chooses this.",
                            "detail": "<p>Offer a professional interpreter first. Family members may be part of what the person cannot talk about.</p>",
                        },
                        {
                            "action": "Keep language ID cards at reception, with written languages, flags and your interpreting service's PIN.",
                            "detail": "",
                        },
                        {
                            "action": "Provide information in the main languages spoken locally, in plain words without jargon or acronyms.",
                            "detail": "",
                        },
                    ],
                },
                {
                    "heading": "Flexible access for people who find it hard to attend",
                    "items": [
                        {
                            "action": "Set up an enhanced access list of patients who need extra support to reach care, with their agreement.",
                            "detail": "<p>Make sure all staff can see who is on it and what it means, such as a call-back or a same-day slot.</p>",
                        },
                        {
                            "action": "Offer longer or double appointments to people with complex needs, without asking them to justify it.",
                            "detail": "",
                        },
                        {
                            "action": "Offer a named clinician, and ask each patient whether they prefer a woman or a man.",
                            "detail": "<p>Record the answer so they are not asked every time.</p>",
                        },
                        {
                            "action": "Keep some appointments that can be booked later in the day, and let people choose phone, video or face to face.",
                            "detail": "",
                        },
                        {
                            "action": "Contact people who miss appointments before sending a standard letter, and never remove them from the list without talking to them.",
                            "detail": "",
                        },
                        {
                            "action": "Look actively for registered patients who are not being reached, and consider a dedicated inclusion health clinic.",
                            "detail": "",
                        },
                    ],
                },
                {
                    "heading": "Care coordination and personal snapshots",
                    "items": [
                        {
                            "action": "Give care coordinators a dedicated role in helping patients on the enhanced access list.",
                            "detail": "<p>They can book appointments, send reminders and link with support workers.</p>",
                        },
                        {
                            "action": "Give each patient who needs it a named contact, and tell them who takes over if that person leaves.",
                            "detail": "",
                        },
                        {
                            "action": "Invite patients to bring a personal snapshot: a one-page note of what helps them at appointments.",
                            "detail": "<p>With the patient's consent, scan it into their record so staff read it before each contact.</p>",
                        },
                        {
                            "action": "Read the record and any snapshot before each appointment, so people do not have to retell their story.",
                            "detail": "",
                        },
                    ],
                },
                {
                    "heading": "Staff training and support",
                    "items": [
                        {
                            "action": "Provide trauma-informed training for all staff, including reception, administrative and temporary staff.",
                            "detail": "<p>Where possible, involve paid trainers with lived experience in delivering it.</p>",
                        },
                        {
                            "action": "Train staff on registration rules and interpreting, using the Safe Surgeries Toolkit.",
                            "detail": "",
                        },
                        {
                            "action": "Offer training in active listening to staff who lead engagement work, including GPs.",
                            "detail": "",
                        },
                        {
                            "action": "Give staff time to debrief and reflect after emotionally demanding work.",
                            "detail": "",
                        },
                    ],
                },
                {
                    "heading": "Working with patients and closing the loop",
                    "items": [
                        {
                            "action": "Work with a local charity or community group that people already trust, and fund its time.",
                            "detail": "",
                        },
                        {
                            "action": "Pay or thank lived-experience members for their time, and cover travel and other costs.",
                            "detail": "",
                        },
                        {
                            "action": 'Show people what changed with a regular "You said, we did" update in the waiting room and online.',
                            "detail": "<p>Tell group members first. Be honest about what has not changed yet, and why.</p>",
                        },
                        {
                            "action": "Review this checklist with your lived-experience group at least once a year.",
                            "detail": "",
                        },
                    ],
                },
            ],
        },
    },
]
