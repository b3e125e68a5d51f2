"""Demo content for the home page and the standard pages.

Plain data only. Standard page bodies use only these blocks:
heading, text, inset, details, content_note, contact, quote.
"""

HOME = {
    "intro": (
        "<p>We are a group of people who have found it hard to use the NHS. "
        "We work with GPs to make GP practices easier to reach for everyone. "
        "This site has plain guides to getting care, and tips for the people who give it.</p>"
    ),
    "summary": "Short, plain guides to using the NHS in England. Written by people with lived experience and checked by a GP.",
}

ENTRY_POINTS = [
    {
        "title": "I need help using the NHS",
        "text": "Short guides to seeing a GP, getting help fast, getting medicine and knowing your rights.",
        "target": "guides",
    },
    {
        "title": "I work in a GP practice",
        "text": "Top tips from people with lived experience on making your practice safer and easier to use.",
        "target": "top-tips",
    },
    {
        "title": "I'm training to be a GP",
        "text": "Courses on trauma-informed care and co-production, made with people with lived experience.",
        "target": "training",
    },
]

STANDARD_PAGES = [
    # ------------------------------------------------------------------ about
    {
        "slug": "about",
        "title": "About us",
        "summary": "Who we are and how we work with GPs. How group members take part, and how they are paid and credited.",
        "body": [
            ("heading", {"text": "Who we are", "level": "h2"}),
            (
                "text",
                (
                    "<p>We are a group of people with lived experience of trauma, homelessness, addiction, racism or migration. "
                    "We all know how hard it can be to use the NHS.</p>"
                    "<p>We work with GPs, nurses, receptionists and care coordinators. "
                    "Together, we make GP practices easier and safer to use.</p>"
                ),
            ),
            ("heading", {"text": "How we work: co-production", "level": "h2"}),
            (
                "text",
                (
                    "<p>Co-production means working together as equals, from start to finish. "
                    "We do not just give feedback after decisions are made. "
                    "We help make the decisions.</p>"
                    "<p>We meet every two weeks at a community centre. We share food. "
                    "A GP, a support worker and a researcher help to run the meetings.</p>"
                ),
            ),
            ("heading", {"text": "You do not have to tell your story", "level": "h2"}),
            (
                "text",
                (
                    "<p>Members bring what they know about using the NHS. "
                    "Nobody has to share what happened to them. "
                    "You can say as much or as little as you like.</p>"
                    "<p>Every meeting starts with a check-in and ends with a check-out. "
                    "A support worker is there if anything feels hard.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "We are here for our knowledge, not our stories. That made it safe for me to join.",
                    "credit": "pseudonym",
                    "credit_name": "Rose, group member",
                },
            ),
            ("heading", {"text": "How members are paid and credited", "level": "h2"}),
            (
                "text",
                (
                    "<p>We pay members for their time, and for travel and childcare. "
                    "You can choose cash or vouchers.</p>"
                    "<p>You choose how your work is credited. "
                    "You can use your name, a different name (a pseudonym), or no name at all.</p>"
                ),
            ),
            ("heading", {"text": "Who checks our pages", "level": "h2"}),
            (
                "text",
                (
                    "<p>A GP or another health worker checks every guide to make sure it is correct. "
                    "Then at least two members of our lived experience panel check it is clear and useful.</p>"
                    "<p>Each guide shows when it was last checked and when it will be checked again.</p>"
                ),
            ),
            ("heading", {"text": "For GP trainees", "level": "h2"}),
            (
                "text",
                (
                    "<p>Group members help to train new GPs. "
                    "Our training covers trauma-informed care and working with patients as partners. "
                    "Trainees can sign in to see all the training modules.</p>"
                ),
            ),
            (
                "details",
                {
                    "summary": "Can I join the group?",
                    "body": (
                        "<p>Yes, we welcome new members. "
                        "Use our contact page, or ask a support worker at your local day centre to get in touch.</p>"
                    ),
                },
            ),
        ],
    },
    # ---------------------------------------------------------------- privacy
    {
        "slug": "privacy",
        "title": "Privacy",
        "summary": "Exactly what this website stores about you, and what it does not. We do not use cookies or tracking for visitors.",
        "body": [
            (
                "inset",
                {
                    "text": (
                        "<p><b>We do not use cookies for visitors. We do not track you.</b> "
                        "We do not use any analytics tools.</p>"
                    )
                },
            ),
            ("heading", {"text": "If you are visiting this website", "level": "h2"}),
            (
                "text",
                (
                    "<p>Your phone or computer only talks to our website. "
                    "It does not load anything from other companies. "
                    "So no other company can see that you visited.</p>"
                ),
            ),
            ("heading", {"text": 'The question "Is this page useful?"', "level": "h3"}),
            (
                "text",
                (
                    "<p>If you answer, we only store three things:</p>"
                    "<ul>"
                    "<li>your answer, yes or no.</li>"
                    "<li>which page you were on.</li>"
                    "<li>the date.</li>"
                    "</ul>"
                    "<p>We do not store who you are or your IP address with your answer.</p>"
                ),
            ),
            ("heading", {"text": "Search", "level": "h3"}),
            ("text", "<p>We do not store the words you search for.</p>"),
            ("heading", {"text": "The personal snapshot", "level": "h3"}),
            (
                "text",
                (
                    "<p>What you write in the personal snapshot is never sent to our website. "
                    "We never see it or keep it. It stays on your phone or computer until you close it, print it or save it.</p>"
                ),
            ),
            ("heading", {"text": "Server logs", "level": "h2"}),
            (
                "text",
                (
                    "<p>Like all websites, our server keeps a short record of each visit. "
                    "This record includes your IP address. An IP address is a number that identifies an internet connection.</p>"
                    "<p>We use these records only to keep the website safe from attacks. "
                    "We delete them after 14 days.</p>"
                ),
            ),
            ("heading", {"text": "If you have an account", "level": "h2"}),
            (
                "text",
                (
                    "<p>Group members and GP trainees can have an account. For each account, we store:</p>"
                    "<ul>"
                    "<li>your name.</li>"
                    "<li>your email address.</li>"
                    "<li>the changes you make to pages, if you are a group member.</li>"
                    "</ul>"
                    "<p>When you sign in, we use cookies to keep you signed in and to protect your account. "
                    "We do not use them for anything else.</p>"
                ),
            ),
            ("heading", {"text": "Your rights", "level": "h2"}),
            (
                "text",
                (
                    "<p>You can ask us to show you, correct or delete what we hold about you. "
                    "Use the details on our contact page.</p>"
                    "<p>Unhappy with how we use your information? You can complain to the "
                    '<a href="https://ico.org.uk/">Information Commissioner\'s Office (ICO)</a>.</p>'
                ),
            ),
        ],
    },
    # ---------------------------------------------------------- accessibility
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "summary": "How easy this website is to use, and the problems we know about. How to tell us about a problem.",
        "body": [
            ("heading", {"text": "Our aim", "level": "h2"}),
            (
                "text",
                (
                    "<p>We want everyone to be able to use this website. "
                    "We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2, level AA.</p>"
                    "<p>You should be able to:</p>"
                    "<ul>"
                    "<li>use the website on a small, cheap phone.</li>"
                    "<li>use it without JavaScript.</li>"
                    "<li>make text up to 200% bigger without losing any content.</li>"
                    "<li>use it with only a keyboard.</li>"
                    "<li>use it with a screen reader.</li>"
                    "<li>read it in languages written from right to left, such as Arabic, Farsi, Kurdish Sorani and Urdu.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Problems we know about", "level": "h2"}),
            (
                "text",
                (
                    "<p>Some parts of this website are not fully accessible yet.</p>"
                    "<ul>"
                    "<li>Some translations are waiting to be checked by a community translator. We say so on the page.</li>"
                    "<li>Some pages are not translated yet. We tell you when you are reading the English version.</li>"
                    "<li>Some screen readers may not read Somali or Tigrinya well.</li>"
                    "<li>Some older training handouts are PDF files. They may not work well with screen readers.</li>"
                    "</ul>"
                    "<p>If you need something in a different format, ask us.</p>"
                ),
            ),
            ("heading", {"text": "Tell us about a problem", "level": "h2"}),
            (
                "text",
                (
                    "<p>If something on this website is hard to use, please tell us. "
                    "Use the details on our contact page. Tell us which page, and what went wrong.</p>"
                    "<p>We will reply within 10 working days.</p>"
                ),
            ),
            ("heading", {"text": "If you are not happy with our reply", "level": "h2"}),
            (
                "text",
                (
                    "<p>The Equality and Human Rights Commission (EHRC) makes sure public sector websites follow the accessibility rules. "
                    "Not happy with our answer to your complaint? Contact the "
                    '<a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.</p>'
                ),
            ),
            ("heading", {"text": "How we test this website", "level": "h2"}),
            (
                "text",
                (
                    "<p>We test every type of page with automatic tools, in English and in a right-to-left language. "
                    "Group members also try new pages on their own phones before we publish them.</p>"
                    "<p>We wrote this statement in 2026. We will check it again every year.</p>"
                ),
            ),
        ],
    },
    # ---------------------------------------------------------------- contact
    {
        "slug": "contact",
        "title": "Contact us",
        "summary": "How to get in touch with our group. We are not an emergency service.",
        "body": [
            (
                "inset",
                {
                    "text": (
                        "<p><b>We are not an emergency service.</b> If someone's life is in danger, call 999. "
                        "If you need medical help fast, call 111.</p>"
                    )
                },
            ),
            ("heading", {"text": "How to reach us", "level": "h2"}),
            (
                "text",
                (
                    "<p>Our email address and phone number are at the bottom of every page. "
                    "We are a small group, so it may take us up to a week to reply.</p>"
                    "<p>You can also ask a support worker at your local day centre to contact us for you.</p>"
                ),
            ),
            ("heading", {"text": "What we can help with", "level": "h2"}),
            (
                "text",
                (
                    "<ul>"
                    "<li>questions about this website or our guides.</li>"
                    "<li>telling us something on a page is wrong or hard to use.</li>"
                    "<li>joining our group.</li>"
                    "<li>training for GP practices and GP trainees.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "What we cannot help with", "level": "h2"}),
            (
                "text",
                (
                    "<p>We cannot give medical advice. We cannot book appointments for you. "
                    "We cannot give legal or immigration advice.</p>"
                    "<p>If you have a problem with a GP practice, our guide to your rights explains how to complain.</p>"
                ),
            ),
            (
                "contact",
                {
                    "name": "Emergency services",
                    "phone": "999",
                    "text_number": "",
                    "website": "",
                    "opening_times": "24 hours a day, every day",
                    "note": "Call if someone's life is in danger.",
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
                    "note": "For medical help fast when it is not an emergency. Free to call.",
                },
            ),
            (
                "contact",
                {
                    "name": "Samaritans",
                    "phone": "116 123",
                    "text_number": "",
                    "website": "https://www.samaritans.org/",
                    "opening_times": "24 hours a day, every day",
                    "note": "If you need someone to talk to. Free to call.",
                },
            ),
        ],
    },
    # ---------------------------------------------------- staying safe online
    {
        "slug": "staying-safe-online",
        "title": "Staying safe online",
        "summary": "How the 'Exit this page' button works and what it cannot do. How to hide your visit to this website.",
        "body": [
            ("heading", {"text": "The 'Exit this page' button", "level": "h2"}),
            (
                "text",
                (
                    "<p>Every page has an <b>Exit this page</b> button. "
                    "If you need to leave quickly, tap it. "
                    "You can also press the Shift key 3 times on a keyboard.</p>"
                    "<p>This hides the page straight away and opens a weather website. "
                    "If someone presses Back once, they will not see the page you were on.</p>"
                    "<p>Other pages of this site you read before may still be in the history. "
                    "Pressing Back more times can show them.</p>"
                ),
            ),
            ("heading", {"text": "What the button does not do", "level": "h2"}),
            (
                "text",
                (
                    "<p>The button <b>does not delete your browsing history</b>. "
                    "Someone who checks your phone or computer could still see you visited this website.</p>"
                ),
            ),
            ("heading", {"text": "Use private browsing", "level": "h2"}),
            (
                "text",
                (
                    "<p>Private browsing does not save the pages you visit. "
                    "In some web browsers it is called incognito.</p>"
                    "<ul>"
                    "<li>In Chrome, tap the 3 dots, then New incognito tab.</li>"
                    "<li>In Safari on an iPhone, tap the tabs button, then Private.</li>"
                    "</ul>"
                    "<p>Close all private tabs when you have finished.</p>"
                ),
            ),
            ("heading", {"text": "Delete your history", "level": "h2"}),
            (
                "text",
                (
                    "<ul>"
                    "<li>In Chrome, tap the 3 dots, then History, then Delete browsing data.</li>"
                    "<li>On an iPhone, open Settings and find Safari. Then tap Clear History and Website Data.</li>"
                    "</ul>"
                    "<p>An empty history can look strange to someone who checks. "
                    "It may be safer to delete only the pages from this website.</p>"
                ),
            ),
            (
                "content_note",
                {
                    "warning": "This part talks about someone checking or controlling your phone.",
                    "body": (
                        "<p>Some people check their partner's phone or computer. "
                        "They may use apps to see messages, searches or where you are.</p>"
                        "<p>If you think this is happening to you:</p>"
                        "<ul>"
                        "<li>Use a phone or computer they cannot get to. For example, one at a library or a friend's home.</li>"
                        "<li>Remember that history can be shared between devices signed in to the same account.</li>"
                        "<li>Suddenly changing your phone may make them suspicious. Think about what is safest for you.</li>"
                        "</ul>"
                        "<p>This is not your fault. You deserve to be safe.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Help if you are not safe at home", "level": "h2"}),
            (
                "text",
                (
                    "<p>If you are in danger now, call 999. "
                    "If you cannot speak, stay on the line. On a mobile, press 55 when you are asked.</p>"
                ),
            ),
            (
                "contact",
                {
                    "name": "National Domestic Abuse Helpline",
                    "phone": "0808 2000 247",
                    "text_number": "",
                    "website": "https://www.nationaldahelpline.org.uk/",
                    "opening_times": "24 hours a day, every day",
                    "note": "Free and private. They can help you make a plan to stay safe.",
                },
            ),
        ],
    },
]
