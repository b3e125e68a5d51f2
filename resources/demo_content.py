"""Demo content for the guides section and the top tips page.

Plain data only. Every sentence was written for this site in plain English,
at a reading age of about 9 to 11, with sentences under 20 words.
StreamField bodies are lists of (block_type, value) tuples.
"""

GUIDE_INDEX = {
    "title": "Guides to using the NHS",
    "slug": "guides",
    "summary": "Short, plain guides to getting NHS care in England. Find out how to see a GP, get help fast, and know your rights.",
    "intro": (
        "<p>These guides explain how to use the NHS in England, one task at a time. "
        "People who have found the NHS hard to use wrote them with GPs and nurses. "
        "You can show any guide to staff at reception.</p>"
    ),
}

GUIDES = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "register-with-a-gp",
        "title": "Register with a GP",
        "topic": "gp",
        "summary": "You can register with a GP for free. You do not need proof of address, ID or immigration status. Here is how to do it, and what to do if a practice says no.",
        "sensitive": False,
        "body": [
            (
                "summary",
                {
                    "points": [
                        "Registering with a GP is free.",
                        "You do not need proof of address, ID or immigration status.",
                        "If you have no home, you can use the practice address, or a day centre or hostel address.",
                        "If a practice says no, they must tell you why in writing.",
                    ]
                },
            ),
            ("heading", {"text": "Who can register", "level": "h2"}),
            (
                "text",
                (
                    "<p>Anyone in England can register with a GP practice (surgery). "
                    "This includes people who are homeless and people who have come from another country. "
                    "Your immigration status does not matter. Seeing a GP is free.</p>"
                    "<p>A GP is a family doctor. They can help with most health problems. "
                    "They can also send you to a hospital or specialist (a referral).</p>"
                ),
            ),
            (
                "rights",
                {
                    "heading": "",
                    "rights": [
                        "You do not need proof of address to register.",
                        "You do not need ID, such as a passport, to register.",
                        "You do not need to show a visa or your immigration status.",
                        "You do not need an NHS number.",
                        "A practice must not turn you away because of your race, religion, sexuality, disability or health.",
                    ],
                    "note": (
                        "<p>These are NHS England rules. Many practices have joined <b>Safe Surgeries</b>. "
                        "This means they have promised to welcome everyone.</p>"
                    ),
                },
            ),
            ("heading", {"text": "How to register", "level": "h2"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "Find a GP practice near you",
                            "text": (
                                '<p>Search for practices on the <a href="https://www.nhs.uk/service-search/find-a-gp">NHS website</a>. '
                                "You can also ask a support worker or a friend you trust.</p>"
                            ),
                        },
                        {
                            "title": "Ask to register, online or at reception",
                            "text": (
                                "<p>Many practices let you register online. "
                                "You can also go to reception and ask for a registration form. "
                                "The NHS form is called a GMS1.</p>"
                            ),
                        },
                        {
                            "title": "Fill in the form",
                            "text": (
                                "<p>Write your name and date of birth. Add an address if you have one. "
                                "You can leave a box empty if you do not know the answer. "
                                "Staff can help you fill it in.</p>"
                            ),
                        },
                        {
                            "title": "Wait to hear from the practice",
                            "text": (
                                "<p>The practice will tell you when you are registered. This often takes a few days. "
                                "Give them a phone number if you can.</p>"
                            ),
                        },
                        {
                            "title": "Book an appointment",
                            "text": "<p>Once you are registered, you can book to see a GP or nurse. If you need help today, say it is urgent.</p>",
                        },
                    ]
                },
            ),
            ("heading", {"text": "If you have no fixed address", "level": "h2"}),
            (
                "text",
                (
                    "<p>You can still register. You can give the address of a day centre or hostel. "
                    "You can also use the address of the practice itself.</p>"
                    "<p>The practice will need a way to reach you. "
                    "A phone number or a support worker's details can help.</p>"
                ),
            ),
            (
                "inset",
                {
                    "text": (
                        "<p>Staff may ask you for ID or proof of address. "
                        "<b>You can say you do not have it.</b> The practice should still register you.</p>"
                    )
                },
            ),
            ("heading", {"text": "What you can say at reception", "level": "h2"}),
            (
                "phrases",
                {
                    "intro": "You can say these words, or show this page on your phone.",
                    "phrases": [
                        "I would like to register with this practice, please.",
                        "I do not have ID or proof of address. I know I do not need them to register.",
                        "I do not have a home. Can I use the practice address?",
                        "Can you help me fill in the form, please?",
                        "I need an interpreter, please. I know it is free.",
                        "If you cannot register me, please give me the reason in writing.",
                    ],
                },
            ),
            ("heading", {"text": "If the practice says no", "level": "h2"}),
            (
                "text",
                (
                    "<p>A practice can only say no for a few reasons. Their list may be full. "
                    "Or you may live outside the area they cover. "
                    "They must not say no because you have no ID, no address or no visa.</p>"
                ),
            ),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "Ask for the reason in writing",
                            "text": "<p>The practice must give you a letter that says why.</p>",
                        },
                        {
                            "title": "Try another practice nearby",
                            "text": "<p>Being turned away by one practice does not stop you joining another.</p>",
                        },
                        {
                            "title": "Ask your local NHS for help",
                            "text": (
                                "<p>Your local integrated care board (ICB) runs GP services in your area. "
                                "They can help you find a practice that will take you.</p>"
                            ),
                        },
                        {
                            "title": "Ask a charity for help",
                            "text": "<p>A local day centre or refugee charity can help. Doctors of the World also helps people register.</p>",
                        },
                    ]
                },
            ),
            (
                "details",
                {
                    "summary": "Can I see a doctor before I am registered?",
                    "body": (
                        "<p>Yes, if you need care quickly. A GP practice can give you urgent care for up to 14 days before you register. "
                        "In an emergency, call 999 or go to A&amp;E.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "get-help-fast",
        "title": "Get help fast: 999, 111 and A&E",
        "topic": "urgent-help",
        "summary": "Know where to go when you are ill or hurt. Call 999 in an emergency. Call 111 when you need help fast but it is not an emergency.",
        "sensitive": False,
        "body": [
            (
                "summary",
                {
                    "points": [
                        "Call 999 if someone's life is in danger.",
                        "Call 111 or use 111 online if you need help fast but it is not an emergency.",
                        "999 and 111 are free to call, day and night.",
                        "You can ask for an interpreter. Say the name of your language in English.",
                    ]
                },
            ),
            ("heading", {"text": "Which service to use", "level": "h2"}),
            (
                "text",
                "<p>It can be hard to know where to go. Use these boxes to help you choose. If you are not sure, call 111.</p>",
            ),
            (
                "care_card",
                {
                    "urgency": "emergency",
                    "heading": "Call 999 or go to A&E now if someone:",
                    "body": (
                        "<ul>"
                        "<li>has stopped breathing, or is struggling to breathe.</li>"
                        "<li>has chest pain that feels heavy or tight.</li>"
                        "<li>is bleeding a lot and it will not stop.</li>"
                        "<li>has a drooping face, a weak arm or slurred speech (signs of a stroke).</li>"
                        "<li>has a fit (seizure) that will not stop.</li>"
                        "<li>cannot be woken up.</li>"
                        "<li>has a bad allergic reaction, with a swollen face, lips or throat.</li>"
                        "<li>is in danger from another person right now.</li>"
                        "</ul>"
                        "<p>A&amp;E (accident and emergency) is in a hospital. It is open day and night.</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "urgency": "urgent",
                    "heading": "Call 111 or go to 111 online if:",
                    "body": (
                        "<ul>"
                        "<li>you need help today, but nobody's life is in danger.</li>"
                        "<li>you do not know where to go.</li>"
                        "<li>you have run out of an important medicine.</li>"
                        "<li>you have bad tooth pain and no dentist.</li>"
                        "</ul>"
                        "<p>111 can tell you what to do. They can book you in to see someone. "
                        "They can also send an ambulance.</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "urgency": "non-urgent",
                    "heading": "Ask a pharmacist or your GP if:",
                    "body": (
                        "<ul>"
                        "<li>you have a cold, cough, sore throat or earache.</li>"
                        "<li>you need advice about a medicine.</li>"
                        "<li>you have had a problem for a while and it is not getting worse quickly.</li>"
                        "</ul>"
                        "<p>You can see a pharmacist (chemist) without an appointment.</p>"
                    ),
                },
            ),
            ("heading", {"text": "How to use 111", "level": "h2"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "Call 111 or go to 111.nhs.uk",
                            "text": "<p>The call is free from mobiles and landlines. You can use 111 online for anyone aged 5 or over.</p>",
                        },
                        {
                            "title": "Say the language you need",
                            "text": (
                                '<p>Say the name of your language in English, for example "Arabic". '
                                "Wait while they find an interpreter. It is free.</p>"
                            ),
                        },
                        {
                            "title": "Answer the questions",
                            "text": "<p>They will ask about how you feel. This helps them send you to the right place.</p>",
                        },
                        {
                            "title": "Do what they advise",
                            "text": "<p>They may give advice, call you back, or book you in somewhere. Ask them to repeat anything you did not understand.</p>",
                        },
                    ]
                },
            ),
            (
                "details",
                {
                    "summary": "If you are deaf or find it hard to hear",
                    "body": (
                        "<p>You can use the NHS 111 British Sign Language (BSL) service on the "
                        '<a href="https://111.nhs.uk/">111 website</a>. '
                        "You can also call 111 through the Relay UK app.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Urgent treatment centres", "level": "h2"}),
            (
                "text",
                (
                    "<p>An urgent treatment centre helps with problems that need care today but are not life-threatening. "
                    "For example, sprains, cuts, small burns or a bone that might be broken.</p>"
                    "<p>At some centres you can just walk in. Others ask you to book through 111 first.</p>"
                ),
            ),
            ("heading", {"text": "If you are in danger at home", "level": "h2"}),
            (
                "text",
                (
                    "<p>Call 999 and ask for the police. If you cannot speak, stay on the line. "
                    "Cough or tap the phone if you can.</p>"
                    "<p>On a mobile, you may hear a recorded message. Press 55 when it asks. "
                    "This tells the police you need help.</p>"
                ),
            ),
            (
                "inset",
                {
                    "text": (
                        "<p><b>Care in A&amp;E is free for everyone.</b> "
                        "You do not need ID or papers to get emergency care.</p>"
                    )
                },
            ),
            (
                "do_dont",
                {
                    "do": [
                        "call 999 in an emergency, even if you are not sure",
                        "tell them where you are as clearly as you can",
                        "take your medicines, or a list of them, to A&E",
                        "ask for an interpreter",
                    ],
                    "dont": [
                        "drive yourself to A&E if you are very unwell",
                        "wait to see if chest pain goes away",
                        "worry about wasting anyone's time in an emergency",
                    ],
                },
            ),
            (
                "contact",
                {
                    "name": "NHS 111",
                    "phone": "111",
                    "text_number": "",
                    "website": "https://111.nhs.uk/",
                    "opening_times": "24 hours a day, every day",
                    "note": "Free to call. Say the name of your language in English to get an interpreter.",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "ask-for-an-interpreter",
        "title": "Ask for an interpreter",
        "topic": "interpreters",
        "summary": "Interpreters are free in NHS care. Ask for one when you book. You do not have to use family, friends or children.",
        "sensitive": False,
        "body": [
            (
                "summary",
                {
                    "points": [
                        "Interpreters are free in NHS care. You never pay.",
                        "Ask for one when you book, every time.",
                        "You do not have to use family or friends. Children should not interpret.",
                        "You can have an interpreter in person, by phone or by video.",
                    ]
                },
            ),
            ("heading", {"text": "Your right to an interpreter", "level": "h2"}),
            (
                "rights",
                {
                    "heading": "",
                    "rights": [
                        "The NHS must give you an interpreter if you need one. It is free.",
                        "You can have one at the GP, the dentist, the pharmacy, the hospital and on 111.",
                        "Deaf people can have a British Sign Language (BSL) interpreter.",
                        "You can ask for a woman or a man. Staff will try to arrange this.",
                        "Interpreters must keep everything you say private (confidential).",
                    ],
                    "note": "<p>This comes from NHS England guidance on interpreting in GP practices and other local services.</p>",
                },
            ),
            ("heading", {"text": "How to ask", "level": "h2"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "Tell the practice your language when you register",
                            "text": (
                                "<p>Ask them to write your language on your record. "
                                "Then they should book an interpreter for you every time.</p>"
                            ),
                        },
                        {
                            "title": "Ask again when you book",
                            "text": (
                                "<p>Say your language and your dialect, for example Kurdish Sorani. "
                                "This helps them find the right person.</p>"
                            ),
                        },
                        {
                            "title": "Say how you want the interpreter",
                            "text": (
                                "<p>Many interpreters work by phone or video. "
                                "If you want someone in the room, say so when you book.</p>"
                            ),
                        },
                        {
                            "title": "Show a language card if you need to",
                            "text": (
                                "<p>You can print a language card from this website. "
                                "It tells staff which language you speak, in English.</p>"
                            ),
                        },
                    ]
                },
            ),
            (
                "inset",
                {
                    "text": (
                        "<p>Ask for a longer appointment if you need one. "
                        "<b>Talking through an interpreter takes more time.</b></p>"
                    )
                },
            ),
            ("heading", {"text": "What you can say", "level": "h2"}),
            (
                "phrases",
                {
                    "intro": "You can say these words at reception or on the phone.",
                    "phrases": [
                        "I need an interpreter, please.",
                        "I speak Arabic. Please book an Arabic interpreter.",
                        "I would like a female interpreter, please.",
                        "I do not want my family to interpret for me.",
                        "Please can I have a longer appointment?",
                        "I did not understand. Please can you say that again?",
                    ],
                },
            ),
            ("heading", {"text": "Family, friends and children", "level": "h2"}),
            (
                "text",
                (
                    "<p>Some people feel it is easier to bring someone they know. That is your choice. "
                    "But you never have to, and staff should not ask you to.</p>"
                    "<p>A child should not interpret for you. Health talk can be private or upsetting. "
                    "A trained interpreter knows the medical words.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "do": [
                        "ask for an interpreter when you book",
                        "tell staff your dialect",
                        "ask questions until you understand",
                    ],
                    "dont": [
                        "use a child to interpret",
                        "feel you have to manage in English",
                        "sign a form you do not understand",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "What if I do not trust the interpreter?",
                    "body": (
                        "<p>An interpreter may know people in your community. You may worry that they will talk. "
                        "Interpreters must keep everything private. "
                        "You can still ask for a different interpreter, or one by phone from another area.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "Can I get letters in my language?",
                    "body": (
                        "<p>You can ask. Some practices can translate letters. "
                        "Others can book an interpreter to explain a letter to you.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "get-medicine-from-a-pharmacy",
        "title": "Get medicine from a pharmacy",
        "topic": "pharmacy",
        "summary": "A pharmacist (chemist) can help without an appointment. Find out what they can treat, how prescriptions work, and who gets medicine free.",
        "sensitive": False,
        "body": [
            (
                "summary",
                {
                    "points": [
                        "A pharmacist (chemist) can give you advice without an appointment.",
                        "Advice is free. You do not need to be registered anywhere.",
                        "Pharmacists can treat some common illnesses through Pharmacy First.",
                        "Most adults pay for prescriptions in England, but many people get them free.",
                    ]
                },
            ),
            ("heading", {"text": "What a pharmacy can do", "level": "h2"}),
            (
                "text",
                (
                    "<p>A pharmacist is trained in medicines. They can:</p>"
                    "<ul>"
                    "<li>give advice about small health problems.</li>"
                    "<li>give you medicine that a doctor or nurse has prescribed.</li>"
                    "<li>sell you medicine that does not need a prescription.</li>"
                    "<li>treat some illnesses through Pharmacy First.</li>"
                    "<li>give the morning after pill (emergency contraception).</li>"
                    "<li>give some vaccines, such as the flu jab.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Pharmacy First", "level": "h2"}),
            (
                "text",
                (
                    "<p>Pharmacists can treat some illnesses without you seeing a GP. "
                    "This is called Pharmacy First. If you need it, they can give prescription medicine, such as antibiotics.</p>"
                    "<p>It covers:</p>"
                    "<ul>"
                    "<li>sinus pain (sinusitis).</li>"
                    "<li>sore throat.</li>"
                    "<li>earache in children and young people.</li>"
                    "<li>infected insect bites.</li>"
                    "<li>a skin infection called impetigo.</li>"
                    "<li>shingles.</li>"
                    "<li>urine infections in women (urinary tract infections).</li>"
                    "</ul>"
                    "<p>Some of these have age limits. The pharmacist will check.</p>"
                ),
            ),
            ("heading", {"text": "Getting a prescription", "level": "h2"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "Your GP or nurse sends the prescription",
                            "text": "<p>Most prescriptions go to a pharmacy by computer. You can choose which pharmacy.</p>",
                        },
                        {
                            "title": "Go to the pharmacy",
                            "text": "<p>Give your name and date of birth. They may ask for your postcode.</p>",
                        },
                        {
                            "title": "Say if you get free prescriptions",
                            "text": "<p>Tell the staff why you do not pay. They may ask to see proof, such as an HC2 certificate.</p>",
                        },
                        {
                            "title": "Ask how to take it",
                            "text": "<p>The pharmacist can explain when and how to take your medicine. You can ask them to write it down.</p>",
                        },
                    ]
                },
            ),
            ("heading", {"text": "Paying for prescriptions", "level": "h2"}),
            (
                "text",
                (
                    "<p>In England, most adults pay a set charge for each medicine on a prescription. "
                    "But many people get them free.</p>"
                    "<p>You do not pay if you:</p>"
                    "<ul>"
                    "<li>are under 16, or 16 to 18 and in full-time education.</li>"
                    "<li>are 60 or over.</li>"
                    "<li>are pregnant or had a baby in the last 12 months, and have a maternity exemption certificate.</li>"
                    "<li>have certain long-term illnesses and a medical exemption certificate.</li>"
                    "<li>get certain benefits.</li>"
                    "<li>have an HC2 certificate.</li>"
                    "</ul>"
                ),
            ),
            (
                "details",
                {
                    "summary": "What is an HC2 certificate?",
                    "body": (
                        "<p>An HC2 certificate comes from the NHS Low Income Scheme. "
                        "It gives you free prescriptions and free NHS dental care. "
                        "You can get one if you have a low income or no income.</p>"
                        "<p>If you get asylum support, you can usually have an HC2. Ask your support worker. "
                        'You can also <a href="https://www.nhsbsa.nhs.uk/nhs-low-income-scheme">apply online</a>.</p>'
                    ),
                },
            ),
            (
                "inset",
                {
                    "text": (
                        "<p>If you cannot afford your medicine, <b>tell the pharmacist before you leave.</b> "
                        "They may know a way to help.</p>"
                    )
                },
            ),
            ("heading", {"text": "Talking in private", "level": "h2"}),
            (
                "text",
                "<p>Most pharmacies have a private room (consultation room). You can ask to talk there. Other customers will not hear you.</p>",
            ),
            (
                "phrases",
                {
                    "intro": "",
                    "phrases": [
                        "Can I talk to the pharmacist in private, please?",
                        "I have run out of my medicine. Can you help?",
                        "Can you write down how to take this, please?",
                        "I need an interpreter, please.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "If you run out of medicine",
                    "body": (
                        "<p>Ask a pharmacist. They may be able to give you an emergency supply. "
                        "If the pharmacy is closed, call 111.</p>"
                    ),
                },
            ),
            (
                "contact",
                {
                    "name": "Find a pharmacy",
                    "phone": "",
                    "text_number": "",
                    "website": "https://www.nhs.uk/service-search/find-a-pharmacy",
                    "opening_times": "Many pharmacies open late and at weekends.",
                    "note": "You can walk in. You do not need an appointment.",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "mental-health-crisis",
        "title": "Mental health crisis",
        "topic": "mental-health",
        "summary": "Where to get help right now if you feel you cannot cope or you are not safe. Free, any time of day or night.",
        "sensitive": True,
        "body": [
            (
                "summary",
                {
                    "points": [
                        "If your life is in danger now, call 999 or go to A&E.",
                        "For urgent help, call 111 and choose the mental health option (option 2).",
                        "Samaritans will listen any time. Call 116 123 for free.",
                        "If you cannot talk out loud, text SHOUT to 85258.",
                    ]
                },
            ),
            ("inset", {"text": "<p>You are not alone. <b>Asking for help is a strong thing to do.</b></p>"}),
            ("heading", {"text": "If you are in danger now", "level": "h2"}),
            (
                "care_card",
                {
                    "urgency": "emergency",
                    "heading": "Call 999 or go to A&E now if:",
                    "body": (
                        "<ul>"
                        "<li>you have hurt yourself badly.</li>"
                        "<li>you have taken too much of a medicine or drug (an overdose).</li>"
                        "<li>you feel you cannot keep yourself safe.</li>"
                        "<li>someone else is in danger.</li>"
                        "</ul>"
                        "<p>Say it is a mental health emergency. Every A&amp;E has mental health staff who can help.</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "urgency": "urgent",
                    "heading": "Call 111 and choose the mental health option if:",
                    "body": (
                        "<ul>"
                        "<li>you feel you cannot cope.</li>"
                        "<li>you have thoughts of hurting yourself.</li>"
                        "<li>you hear or see things that other people do not.</li>"
                        "<li>you are worried about someone else.</li>"
                        "</ul>"
                        "<p>A trained mental health worker will talk with you. It is free and open day and night.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Someone to talk to now", "level": "h2"}),
            (
                "text",
                (
                    "<p>You do not have to be in danger to ask for help. "
                    "You can talk to someone when you just feel very low.</p>"
                ),
            ),
            (
                "contact",
                {
                    "name": "Samaritans",
                    "phone": "116 123",
                    "text_number": "",
                    "website": "https://www.samaritans.org/",
                    "opening_times": "24 hours a day, every day",
                    "note": "Free to call. The number will not show on your phone bill.",
                },
            ),
            (
                "contact",
                {
                    "name": "Shout",
                    "phone": "",
                    "text_number": "85258",
                    "website": "https://giveusashout.org/",
                    "opening_times": "24 hours a day, every day",
                    "note": "Text the word SHOUT. It is free on the main UK mobile networks.",
                },
            ),
            ("heading", {"text": "Thoughts of hurting yourself", "level": "h2"}),
            (
                "content_note",
                {
                    "warning": "This part talks about thoughts of self-harm and suicide.",
                    "body": (
                        "<p>Some people have thoughts of hurting themselves or ending their life. "
                        "These thoughts can be very frightening. Having them does not make you a bad person.</p>"
                        "<p>These thoughts often come in waves. They can pass, even when that feels impossible. "
                        "Try to get through the next few minutes, then the next few.</p>"
                        "<p>Things that can help right now:</p>"
                        "<ul>"
                        "<li>Move away from anything you could use to hurt yourself.</li>"
                        "<li>Go somewhere with other people around, if you can.</li>"
                        "<li>Call or text someone you trust.</li>"
                        "<li>Call Samaritans on 116 123, or text SHOUT to 85258.</li>"
                        "</ul>"
                        "<p>If you have already hurt yourself, call 999 or go to A&amp;E.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Getting help after the crisis", "level": "h2"}),
            (
                "text",
                (
                    "<p>Your GP can help with your mental health. You can ask for a longer appointment. "
                    "You can also ask to see a doctor you feel safe with.</p>"
                    "<p>You can refer yourself to NHS Talking Therapies. "
                    "This is free help for worry, low mood and trauma. You do not need to see a GP first.</p>"
                ),
            ),
            (
                "phrases",
                {
                    "intro": "It can be hard to find the words. You can say:",
                    "phrases": [
                        "I am not coping and I need help today.",
                        "I am having thoughts of hurting myself.",
                        "I do not want to talk about the past. I need help with now.",
                        "Please can I see a woman doctor?",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "Worried about someone else?",
                    "body": (
                        "<p>Stay with them if it is safe for you. Listen without judging them. "
                        "Call 111 and choose the mental health option for advice. "
                        "If their life is in danger, call 999.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "slug": "sexual-health-clinics",
        "title": "Sexual health clinics",
        "topic": "sexual-health",
        "summary": "Sexual health clinics are free and private. You can go to any clinic without seeing a GP first. You do not have to give your real name.",
        "sensitive": False,
        "body": [
            (
                "summary",
                {
                    "points": [
                        "Sexual health clinics are free and private (confidential).",
                        "You can go to any clinic. You do not need to see a GP first.",
                        "You do not have to give your real name.",
                        "They test for and treat infections, and give contraception.",
                    ]
                },
            ),
            ("heading", {"text": "What a clinic can do", "level": "h2"}),
            (
                "text",
                (
                    "<p>A sexual health clinic can:</p>"
                    "<ul>"
                    "<li>test for and treat sexually transmitted infections (STIs).</li>"
                    "<li>test for HIV.</li>"
                    "<li>give contraception, such as condoms, the pill, the implant or the coil.</li>"
                    "<li>give emergency contraception.</li>"
                    "<li>give medicine to stop HIV (PEP and PrEP).</li>"
                    "<li>do pregnancy tests and talk about your choices.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Your rights at a sexual health clinic", "level": "h2"}),
            (
                "rights",
                {
                    "heading": "",
                    "rights": [
                        "Care at a sexual health clinic is free for everyone, whatever your immigration status.",
                        "You can go to any clinic in England. It does not have to be near your home.",
                        "You do not need a letter from a GP (a referral).",
                        "You do not have to give your real name.",
                        "The clinic will not tell your GP unless you agree.",
                    ],
                    "note": "<p>Staff only share information if someone is at serious risk of harm. They will usually talk to you first.</p>",
                },
            ),
            ("heading", {"text": "How to get seen", "level": "h2"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "Find a clinic",
                            "text": '<p>Search the <a href="https://www.nhs.uk/">NHS website</a> for sexual health services near you.</p>',
                        },
                        {
                            "title": "Book, or walk in",
                            "text": "<p>Some clinics have walk-in times. Others ask you to book online or by phone.</p>",
                        },
                        {
                            "title": "Fill in a short form",
                            "text": "<p>You can use a different name. Tell them how you want to get your results.</p>",
                        },
                        {
                            "title": "Talk to a nurse or doctor",
                            "text": (
                                "<p>They ask about sex so they know which tests you need. "
                                "You can say if a question is too much.</p>"
                            ),
                        },
                        {
                            "title": "Get your results",
                            "text": "<p>Results usually come by text or phone call. Some come on the same day.</p>",
                        },
                    ]
                },
            ),
            (
                "details",
                {
                    "summary": "Can I test at home?",
                    "body": (
                        "<p>In many areas, you can order a free test kit online. "
                        "You do the test at home and post it back. Ask your local clinic if they offer this.</p>"
                    ),
                },
            ),
            ("heading", {"text": "When you need help quickly", "level": "h2"}),
            (
                "text",
                (
                    "<p>Some care works best if you get it fast. "
                    "Go to a clinic, pharmacy or A&amp;E quickly in these cases.</p>"
                    "<ul>"
                    "<li>You had sex without contraception and do not want to get pregnant.</li>"
                    "<li>You think you may have been in contact with HIV.</li>"
                    "</ul>"
                    "<p>Medicine to stop HIV (PEP) must start within 72 hours. Sooner is better.</p>"
                ),
            ),
            (
                "content_note",
                {
                    "warning": "This part talks about rape and sexual assault.",
                    "body": (
                        "<p>If someone made you do something sexual that you did not want, it is not your fault. "
                        "You can get help, even if you do not want to tell the police.</p>"
                        "<p>A sexual assault referral centre (SARC) gives free, private care and support. "
                        "They can give emergency contraception and PEP. "
                        "They can also keep evidence, in case you decide to go to the police later.</p>"
                        "<p>Call 111 to find your nearest SARC. If you are in danger now, call 999.</p>"
                    ),
                },
            ),
            (
                "phrases",
                {
                    "intro": "You can say:",
                    "phrases": [
                        "I would like a test for infections, please.",
                        "I would like to see a woman, please.",
                        "I would rather not give my real name.",
                        "Please phone me with my results. Do not send a text.",
                    ],
                },
            ),
            (
                "contact",
                {
                    "name": "Your local sexual health clinic",
                    "phone": "",
                    "text_number": "",
                    "website": "https://www.nhs.uk/",
                    "opening_times": "Times are different at each clinic. Check before you go.",
                    "note": "Search the NHS website for sexual health services and add your postcode.",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "slug": "see-a-dentist",
        "title": "See a dentist",
        "topic": "dentist",
        "summary": "How to find an NHS dentist and what it costs. Who gets free dental care. What to do about tooth pain.",
        "sensitive": False,
        "body": [
            (
                "summary",
                {
                    "points": [
                        "Most adults pay for NHS dental care. It costs less than private care.",
                        "Some people get it free, such as under 18s and pregnant women.",
                        "You do not register with a dentist like a GP. You can ask any NHS dentist.",
                        "For urgent tooth pain with no dentist, call 111.",
                    ]
                },
            ),
            ("heading", {"text": "Finding an NHS dentist", "level": "h2"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "Look on the NHS website",
                            "text": (
                                '<p>Use <a href="https://www.nhs.uk/service-search/find-a-dentist">Find a dentist</a>. '
                                "It shows which dentists say they are taking new NHS patients.</p>"
                            ),
                        },
                        {
                            "title": "Phone the dental practice",
                            "text": "<p>Ask if they are taking new NHS patients. Dentists do not have fixed areas, so you can try any of them.</p>",
                        },
                        {
                            "title": "Ask about a waiting list",
                            "text": "<p>If they are full, ask if you can join their waiting list.</p>",
                        },
                        {
                            "title": "Keep trying",
                            "text": "<p>It can be hard to find a place. Try a few practices. A support worker may be able to help.</p>",
                        },
                    ]
                },
            ),
            (
                "phrases",
                {
                    "intro": "You can say:",
                    "phrases": [
                        "Are you taking new NHS patients?",
                        "I am in pain. Can I have an urgent appointment?",
                        "I have an HC2 certificate.",
                        "How much will my treatment cost?",
                    ],
                },
            ),
            ("heading", {"text": "What it costs", "level": "h2"}),
            (
                "text",
                (
                    "<p>NHS dental care has set prices called bands. The price depends on the treatment you need.</p>"
                    "<ul>"
                    "<li><b>Band 1:</b> a check-up, X-rays and advice. Urgent care costs the same as band 1.</li>"
                    "<li><b>Band 2:</b> everything in band 1, plus fillings, root canal work or taking out teeth.</li>"
                    "<li><b>Band 3:</b> everything in band 2, plus crowns, dentures or bridges.</li>"
                    "</ul>"
                    "<p>Prices usually go up each year. Ask the dentist for the price before you start. "
                    "For band 2 or 3, ask for a written plan.</p>"
                ),
            ),
            ("heading", {"text": "Who gets free NHS dental care", "level": "h2"}),
            (
                "text",
                (
                    "<p>You do not pay if you:</p>"
                    "<ul>"
                    "<li>are under 18, or under 19 and in full-time education.</li>"
                    "<li>are pregnant, or had a baby in the last 12 months.</li>"
                    "<li>have an HC2 certificate.</li>"
                    "<li>get certain benefits.</li>"
                    "</ul>"
                    "<p>An HC3 certificate helps you pay part of the cost.</p>"
                ),
            ),
            (
                "inset",
                {
                    "text": (
                        "<p>Not sure if you can get free care? <b>Ask before you sign the form.</b> "
                        "Claiming free care by mistake can lead to a fine.</p>"
                    )
                },
            ),
            ("heading", {"text": "Urgent dental problems", "level": "h2"}),
            (
                "care_card",
                {
                    "urgency": "urgent",
                    "heading": "Call your dentist, or 111 if you have no dentist, if:",
                    "body": (
                        "<ul>"
                        "<li>you have bad tooth pain.</li>"
                        "<li>your face, gums or mouth are swollen.</li>"
                        "<li>a tooth has been knocked out or broken.</li>"
                        "<li>you are bleeding after having a tooth taken out.</li>"
                        "</ul>"
                        "<p>111 can find you an urgent dental appointment.</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "urgency": "emergency",
                    "heading": "Call 999 or go to A&E if:",
                    "body": (
                        "<ul>"
                        "<li>swelling in your mouth or face makes it hard to breathe or swallow.</li>"
                        "<li>swelling is spreading to your eye or neck.</li>"
                        "<li>you have a bad injury to your face or mouth.</li>"
                        "<li>bleeding from your mouth will not stop.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "What if I cannot afford treatment?",
                    "body": (
                        "<p>You may be able to get an HC2 or HC3 certificate. "
                        'These come from the <a href="https://www.nhsbsa.nhs.uk/nhs-low-income-scheme">NHS Low Income Scheme</a>. '
                        "Ask the dentist if you can pay in parts.</p>"
                    ),
                },
            ),
            (
                "contact",
                {
                    "name": "Find an NHS dentist",
                    "phone": "",
                    "text_number": "",
                    "website": "https://www.nhs.uk/service-search/find-a-dentist",
                    "opening_times": "",
                    "note": "Shows which dentists say they are taking new NHS patients. For urgent help, call 111.",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 8
    {
        "slug": "maternity-care",
        "title": "Maternity care",
        "topic": "maternity",
        "summary": "If you are pregnant, you can contact a midwife yourself. Find out how to start your care, what is free, and when to get help fast.",
        "sensitive": False,
        "body": [
            (
                "summary",
                {
                    "points": [
                        "If you are pregnant, you can contact maternity services yourself. You do not need a GP first.",
                        "Try to see a midwife before you are 10 weeks pregnant.",
                        "Urgent maternity care must never be refused or delayed, even if you might be charged.",
                        "If your baby moves less, or you are bleeding, get help straight away.",
                    ]
                },
            ),
            ("heading", {"text": "Starting your care", "level": "h2"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "Find your local maternity service",
                            "text": (
                                "<p>Look on your local hospital's website for maternity self-referral. "
                                "Many hospitals have a short online form.</p>"
                            ),
                        },
                        {
                            "title": "Fill in the form, or phone them",
                            "text": "<p>They will give you a midwife. A midwife looks after you and your baby in pregnancy and after the birth.</p>",
                        },
                        {
                            "title": "Go to your first appointment (booking appointment)",
                            "text": (
                                "<p>The midwife asks about your health and offers tests and scans. "
                                "You can bring someone you trust, or come alone.</p>"
                            ),
                        },
                        {
                            "title": "Keep your notes safe",
                            "text": "<p>Your notes may be on paper or in a phone app. Bring them to every appointment.</p>",
                        },
                    ]
                },
            ),
            ("text", "<p>You can ask your GP to refer you instead, if you prefer.</p>"),
            (
                "rights",
                {
                    "heading": "Your rights when you are pregnant",
                    "rights": [
                        "You can refer yourself to a midwife without seeing a GP.",
                        "You can have a free interpreter at every appointment.",
                        "Urgent maternity care must never be refused or delayed, even if charges might apply.",
                        "You can ask to see a woman doctor. Staff will try to arrange this.",
                        "You can bring someone with you, or ask to be seen alone.",
                    ],
                    "note": "",
                },
            ),
            ("heading", {"text": "Paying for maternity care", "level": "h2"}),
            (
                "text",
                (
                    "<p>Maternity care is free if you live in the UK in a settled way (ordinarily resident). "
                    "It is also free if you have asked for asylum and are waiting for a decision.</p>"
                    "<p>Some people from overseas may be sent a bill later. "
                    "<b>But the hospital must not refuse or delay the care you need.</b> "
                    "Do not let worry about a bill stop you getting care.</p>"
                    "<p>If you are worried about a bill, tell your midwife. "
                    "The charity Maternity Action can also give advice.</p>"
                ),
            ),
            ("heading", {"text": "Free prescriptions and dental care", "level": "h2"}),
            (
                "text",
                (
                    "<p>When you are pregnant, and for 12 months after the birth, prescriptions and NHS dental care are free. "
                    "Ask your midwife for a maternity exemption certificate form.</p>"
                    "<p>You may also get a Healthy Start card. It helps you buy milk, fruit and vegetables. "
                    "It depends on your income and situation.</p>"
                ),
            ),
            ("heading", {"text": "When to get help fast", "level": "h2"}),
            (
                "care_card",
                {
                    "urgency": "urgent",
                    "heading": "Call your maternity unit or 111 straight away if:",
                    "body": (
                        "<ul>"
                        "<li>your baby is moving less than usual.</li>"
                        "<li>you have a bad headache, blurred sight, or sudden swelling of your face, hands or feet.</li>"
                        "<li>you have pain in your tummy that does not go away.</li>"
                        "<li>fluid is leaking from your vagina.</li>"
                        "<li>you feel very unwell or hot and shivery.</li>"
                        "</ul>"
                        "<p>Do not wait until the next day. Maternity units are open day and night. "
                        "Their number is in your notes.</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "urgency": "emergency",
                    "heading": "Call 999 if:",
                    "body": (
                        "<ul>"
                        "<li>you are bleeding heavily from your vagina.</li>"
                        "<li>you have a fit (seizure).</li>"
                        "<li>you have sudden, very bad pain in your tummy.</li>"
                        "<li>you find it hard to breathe, or have chest pain.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "content_note",
                {
                    "warning": "This part talks about abuse in relationships.",
                    "body": (
                        "<p>Abuse can start or get worse in pregnancy. Your midwife will try to see you alone at least once. "
                        "This is a safe time to tell them if you are scared.</p>"
                        "<p>You can also call the National Domestic Abuse Helpline on 0808 2000 247. "
                        "It is free and open day and night. If you are in danger now, call 999.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "Can I choose where to give birth?",
                    "body": (
                        "<p>Yes. You can talk with your midwife about giving birth in hospital, in a birth centre or at home. "
                        "They will help you choose what is safest for you and your baby.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 9
    {
        "slug": "your-rights",
        "title": "Your rights when you use the NHS",
        "topic": "your-rights",
        "summary": "Find out what is free for everyone and how to ask for what you need. Learn how to complain.",
        "sensitive": False,
        "body": [
            (
                "summary",
                {
                    "points": [
                        "Seeing a GP, A&E care and interpreters are free for everyone.",
                        "You can ask to see a woman or a man.",
                        "Your health information is private.",
                        "You can complain. Your care must not get worse because you did.",
                    ]
                },
            ),
            ("heading", {"text": "Care that is free for everyone", "level": "h2"}),
            (
                "rights",
                {
                    "heading": "Free for everyone in England",
                    "rights": [
                        "Seeing a GP or practice nurse.",
                        "Care in A&E and at urgent treatment centres.",
                        "Calling 111 and 999.",
                        "Sexual health clinics and contraception.",
                        "Tests and treatment for some infections, such as TB.",
                        "An interpreter for your NHS care.",
                    ],
                    "note": (
                        "<p>Some hospital care can be charged to people from overseas. "
                        "<b>Urgent care must still be given first.</b></p>"
                    ),
                },
            ),
            ("heading", {"text": "Respect and choice", "level": "h2"}),
            (
                "text",
                (
                    "<p>You can:</p>"
                    "<ul>"
                    "<li>ask to see a woman or a man.</li>"
                    "<li>ask for another person to be in the room (a chaperone) during an examination.</li>"
                    "<li>bring someone you trust with you.</li>"
                    "<li>ask questions until you understand.</li>"
                    "<li>say no to a test or treatment.</li>"
                    "<li>change GP practice without giving a reason.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Your information", "level": "h2"}),
            (
                "text",
                (
                    "<p>Health staff must keep your information private (confidential). "
                    "They should only share it to care for you, or if someone is at serious risk.</p>"
                    "<p>You can ask to see your health records. This is usually free.</p>"
                ),
            ),
            (
                "details",
                {
                    "summary": "Will the NHS tell the Home Office about me?",
                    "body": (
                        "<p>GP practices do not share your information with the Home Office for immigration checks.</p>"
                        "<p>Hospitals may tell the Home Office if someone from overseas owes £500 or more for 2 months. "
                        "This can affect a future visa application. "
                        "If you are worried, ask a migrant or refugee charity for advice.</p>"
                    ),
                },
            ),
            ("heading", {"text": "If something goes wrong", "level": "h2"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "Talk to the staff",
                            "text": "<p>Say what happened. Often they can put it right quickly.</p>",
                        },
                        {
                            "title": "Complain to the practice or hospital",
                            "text": (
                                "<p>Every NHS service must have a way to complain. Ask for it at reception. "
                                "In a hospital, the Patient Advice and Liaison Service (PALS) can help.</p>"
                            ),
                        },
                        {
                            "title": "Complain to your local NHS",
                            "text": "<p>If you are still unhappy with a GP, you can complain to your local integrated care board (ICB).</p>",
                        },
                        {
                            "title": "Ask the Ombudsman",
                            "text": "<p>If the complaint is still not put right, the Parliamentary and Health Service Ombudsman can look at it. This is free.</p>",
                        },
                    ]
                },
            ),
            (
                "inset",
                {
                    "text": (
                        "<p>You can complain without fear. <b>Your care must not get worse because you complained.</b> "
                        "A free NHS complaints advocate can help you.</p>"
                    )
                },
            ),
            (
                "contact",
                {
                    "name": "Healthwatch",
                    "phone": "",
                    "text_number": "",
                    "website": "https://www.healthwatch.co.uk/",
                    "opening_times": "",
                    "note": "Healthwatch listens to patients. They can tell you how to complain in your area.",
                },
            ),
        ],
    },
]

TOP_TIPS = {
    "title": "Top tips for trauma-informed primary care",
    "slug": "top-tips",
    "summary": "Practical tips for GP practice staff, from people with lived experience of trauma. Small changes that help people get care and come back.",
    "intro": (
        "<p>These tips come from our group meetings. Members talked about what made a GP practice feel safe or unsafe. "
        "We then worked on the tips with GPs, nurses, receptionists and care coordinators.</p>"
        "<p>They are for everyone in a practice. <b>Most of them cost little or nothing.</b></p>"
    ),
    "tips": [
        {
            "title": "Don't make people tell their story again",
            "detail": (
                "<p>Read the notes before the appointment. Ask only what you need for today. "
                "If you need more, say why and let the person choose what to share.</p>"
            ),
            "why": (
                "<p>Telling a painful story again can feel like living it again. "
                "Some people stop coming to avoid it.</p>"
            ),
            "quote": {
                "text": "Every new doctor wanted the whole story. I'd go home and not sleep for days.",
                "credit": "pseudonym",
                "credit_name": "Rose, group member",
            },
        },
        {
            "title": "Make the first contact calm",
            "detail": (
                "<p>Reception is where trust starts or ends. Greet people by name if you can. "
                "Keep your voice low and offer somewhere quiet to talk.</p>"
                "<ul><li>Never ask about sensitive things across a busy waiting room.</li>"
                "<li>If someone is upset, slow down rather than speed up.</li></ul>"
            ),
            "why": (
                "<p>Many people arrive already braced for a fight. "
                "A calm first minute can decide whether they stay.</p>"
            ),
            "quote": {
                "text": "She just said, take your time. That was the first time I didn't walk out.",
                "credit": "none",
                "credit_name": "",
            },
        },
        {
            "title": "Register people without ID or proof of address",
            "detail": (
                "<p>Nobody needs ID, proof of address or immigration status to register. "
                "Make sure every member of staff knows this. "
                "Join the <b>Safe Surgeries</b> network and put up a sign that says so.</p>"
            ),
            "why": (
                "<p>Being asked for papers stops people at the door. "
                "People who are homeless or seeking asylum often give up after one refusal.</p>"
            ),
            "quote": {
                "text": "They asked for a gas bill. I was sleeping in a car park.",
                "credit": "pseudonym",
                "credit_name": "Dee, group member",
            },
        },
        {
            "title": "Say who you are and why you are asking",
            "detail": (
                "<p>Give your name and your job at the start. "
                "Before a personal question, explain why you need the answer. "
                "Tell people they can choose not to answer.</p>"
            ),
            "why": (
                "<p>Questions without reasons can feel like a test or a trap. "
                "Explaining them gives back some control.</p>"
            ),
            "quote": {"text": "", "credit": "none", "credit_name": ""},
        },
        {
            "title": "Check in at the start",
            "detail": (
                "<p>Ask how the person is today and what they want from the appointment. "
                "Before an examination, explain each step and check they are happy to go on.</p>"
                "<ul><li>Agree a way for them to say stop.</li>"
                "<li>Check again at the end.</li></ul>"
            ),
            "why": (
                "<p>Someone can seem fine and be very frightened. "
                "A short check-in lets them tell you before it gets too much.</p>"
            ),
            "quote": {"text": "", "credit": "none", "credit_name": ""},
        },
        {
            "title": "Offer a choice of clinician",
            "detail": (
                "<p>Ask people if they would prefer to see a woman or a man. "
                "Write the answer on their record so they are not asked every time. "
                "Offer a chaperone for any examination.</p>"
            ),
            "why": (
                "<p>For someone who has been abused, the gender of the clinician can decide whether they feel safe. "
                "Being asked once, and remembered, builds trust.</p>"
            ),
            "quote": {
                "text": "I was never asked. I'd have come years earlier if I had been.",
                "credit": "pseudonym",
                "credit_name": "Amina, group member",
            },
        },
        {
            "title": "Book an interpreter every time",
            "detail": (
                "<p>Record each patient's language and dialect, and book an interpreter automatically. "
                "Keep language ID cards at reception, with your interpreting service's PIN.</p>"
                "<ul><li>Never use children to interpret.</li>"
                "<li>Don't rely on family unless the patient clearly chooses it.</li></ul>"
            ),
            "why": (
                "<p>Without an interpreter, people agree to things they do not understand. "
                "Family members may also be part of the problem the person cannot talk about.</p>"
            ),
            "quote": {"text": "", "credit": "none", "credit_name": ""},
        },
        {
            "title": "Offer longer or double appointments",
            "detail": (
                "<p>Let people with complex needs book a longer slot without having to explain why. "
                "Build in extra time when an interpreter is needed.</p>"
            ),
            "why": (
                "<p>Ten minutes is rarely enough for several problems at once. "
                "Rushed appointments lead to more visits, not fewer.</p>"
            ),
            "quote": {"text": "", "credit": "none", "credit_name": ""},
        },
        {
            "title": "Keep an enhanced access list",
            "detail": (
                "<p>Agree with patients to add them to a list that gives easier access. "
                "For example, same-day appointments, a call back or a longer slot. "
                "Make sure all staff can see who is on it.</p>"
            ),
            "why": (
                "<p>Phoning at 8am and waiting in a queue does not work for everyone. "
                "People with chaotic lives often miss out on care they badly need.</p>"
            ),
            "quote": {"text": "", "credit": "none", "credit_name": ""},
        },
        {
            "title": "Give care coordinators a clear role",
            "detail": (
                "<p>Let a care coordinator help patients on the enhanced access list. "
                "They can book appointments, remind people and link with support workers.</p>"
            ),
            "why": (
                "<p>A care coordinator often has time to build a relationship. "
                "They become the bridge between the person and the practice.</p>"
            ),
            "quote": {
                "text": "I text her and she sorts it. I don't have to fight the phone line.",
                "credit": "none",
                "credit_name": "",
            },
        },
        {
            "title": "Give people a named contact",
            "detail": (
                "<p>Tell each patient who they can ask for by name. "
                "If that person leaves, tell the patient who will take over.</p>"
            ),
            "why": (
                "<p>Starting again with a stranger each time is tiring. "
                "One known face makes it easier to come back.</p>"
            ),
            "quote": {"text": "", "credit": "none", "credit_name": ""},
        },
        {
            "title": "Use a personal snapshot",
            "detail": (
                "<p>Invite patients to fill in a short personal snapshot. "
                "It can say what helps them, what to avoid and what they want staff to know. "
                "Add it to their record with their consent.</p>"
            ),
            "why": (
                "<p>The snapshot speaks for the person, so they do not have to. "
                "Staff learn what matters without asking painful questions.</p>"
            ),
            "quote": {"text": "", "credit": "none", "credit_name": ""},
        },
        {
            "title": "Be flexible about appointment times",
            "detail": (
                "<p>Keep some appointments you can book later in the day, or on the day. "
                "Offer phone, video or face-to-face, and let the patient choose.</p>"
            ),
            "why": (
                "<p>Some people cannot call early in the morning. "
                "They may have no credit, no phone or a hostel curfew.</p>"
            ),
            "quote": {"text": "", "credit": "none", "credit_name": ""},
        },
        {
            "title": 'Check in before you record "did not attend"',
            "detail": (
                "<p>When someone misses an appointment, contact them first. Ask if they are all right. "
                "Do not remove people from your list for missing appointments without talking to them.</p>"
            ),
            "why": (
                "<p>A missed appointment is often a sign that something has gone wrong. "
                "It can be a reason to reach out, not to punish.</p>"
            ),
            "quote": {
                "text": "I missed it because I was in a refuge. The letter said I'd be struck off.",
                "credit": "none",
                "credit_name": "",
            },
        },
        {
            "title": "Remember that trust takes time",
            "detail": (
                "<p>Expect trust to grow slowly. Keep your promises, even small ones. "
                "If you can't do something, say so honestly.</p>"
            ),
            "why": (
                "<p>Many people have been let down by services before. "
                "Small, steady actions show them this time can be different.</p>"
            ),
            "quote": {
                "text": "It took me a year to believe they meant it. Now I tell others to go.",
                "credit": "pseudonym",
                "credit_name": "Rose, group member",
            },
        },
    ],
}

SNAPSHOT = {
    "title": "My personal snapshot",
    "slug": "personal-snapshot",
    "summary": "Tell your GP practice what helps you at appointments. Fill it in, then print it or save it on your phone.",
    "sensitive": True,
    "intro": (
        "<p>A personal snapshot tells staff at your GP practice what helps you. "
        "You only have to explain it once. "
        "Show it at reception, or ask them to keep a copy with your notes.</p>"
    ),
    "questions": [
        (
            "short_text",
            {
                "question": "The name I like to be called",
                "hint": "This does not have to be the name on your documents.",
                "options": [],
            },
        ),
        (
            "choose_any",
            {
                "question": "Things that help me at appointments",
                "hint": "Choose as many as you like.",
                "options": [
                    "A longer appointment",
                    "The first appointment of the day",
                    "The last appointment of the day",
                    "A support worker with me",
                    "The door left open",
                    "Being told before I am touched",
                ],
                "other": True,
            },
        ),
        (
            "choose_any",
            {
                "question": "Things that are hard for me",
                "hint": "Choose as many as you like. You do not have to say why.",
                "options": [
                    "Waiting rooms",
                    "Being touched",
                    "Men in the room",
                    "Small rooms",
                    "Telling my story again",
                ],
                "other": True,
            },
        ),
        (
            "choose_one",
            {
                "question": "I would like my doctor or nurse to be",
                "hint": "",
                "options": ["A woman", "A man", "I do not mind"],
                "other": False,
            },
        ),
        (
            "choose_one",
            {
                "question": "Do I need an interpreter?",
                "hint": "Interpreters are free. They must keep what you say private.",
                "options": ["Yes", "No"],
                "other": False,
            },
        ),
        (
            "short_text",
            {
                "question": "My language",
                "hint": "Say the language and, if you can, the dialect. For example: Sorani Kurdish.",
                "options": [],
            },
        ),
        (
            "short_text",
            {
                "question": "My support worker",
                "hint": "Only if you want the practice to contact them.",
                "options": ["Name", "Phone number"],
            },
        ),
        (
            "short_text",
            {
                "question": "Things I would rather not be asked about",
                "hint": "You do not have to say why.",
                "options": [],
            },
        ),
    ],
}
