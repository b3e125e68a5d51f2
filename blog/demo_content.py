"""Demo content for the news and 'You said, we did' section.

Plain data only. The group and its members are fictional.
StreamField bodies are lists of (block_type, value) tuples.
"""

BLOG_INDEX = {
    "title": "News and 'You said, we did'",
    "slug": "news",
    "summary": "News from our group, and what has changed because of what people told us.",
    "intro": (
        "<p>Here we share news from our group. "
        "In our <b>You said, we did</b> posts, we tell you what changed because of what you told us.</p>"
    ),
}

POSTS = [
    {
        "slug": "you-said-reception-asked-for-id",
        "title": "You said reception asked for ID you did not need",
        "summary": "Some of you were asked for a passport or a bill before you could register with a GP. Here is what we did about it.",
        "date": "2025-06-12",
        "kind": "you-said-we-did",
        "tags": ["registration", "reception", "training"],
        "you_said": (
            "<p>You told us some GP receptionists asked for a passport or a bill before they would register you. "
            "Some of you left and did not try again. One member said it felt like being told you did not belong.</p>"
        ),
        "we_did": (
            "<p>We ran a training session with reception teams at four local practices. "
            "Two group members helped to lead it. "
            "Each practice now has a sign at the front desk in six languages. "
            "It says: you do not need ID or proof of address to register here.</p>"
            "<p>We also added words you can say at reception to our "
            "guide to registering with a GP.</p>"
        ),
        "body": [
            ("heading", {"text": "What the training covered", "level": "h2"}),
            (
                "text",
                (
                    "<p>The session lasted one hour. We talked about the NHS rules on registration. "
                    "Then we practised what to say when someone has no address or ID.</p>"
                    "<p>Group members shared what it feels like to be turned away. "
                    "Nobody had to share their own story unless they wanted to.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "The receptionists were shocked. They thought they were following the rules.",
                    "credit": "pseudonym",
                    "credit_name": "Dee, group member",
                },
            ),
            ("heading", {"text": "What happens next", "level": "h2"}),
            (
                "text",
                (
                    "<p>We will go back to the four practices in six months. "
                    "We will ask new patients how registering felt. "
                    "If you are still asked for ID, please tell us.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "you-said-you-did-not-want-to-tell-your-story-again",
        "title": "You said you did not want to tell your story again",
        "summary": "Telling a painful story to every new doctor is hard. So we made the personal snapshot with group members.",
        "date": "2025-10-02",
        "kind": "you-said-we-did",
        "tags": ["personal snapshot", "trauma-informed care"],
        "you_said": (
            "<p>You said you were tired of telling your story to every new doctor or nurse. "
            "Some of you said it brought back bad memories for days. "
            "A few of you stopped going to the GP because of it.</p>"
        ),
        "we_did": (
            "<p>We made a <b>personal snapshot</b> with group members. "
            "It is a short form about you, in your own words. "
            "It can say what helps you, what to avoid, and what you want staff to know.</p>"
            "<p>Three practices have agreed to add it to your record if you ask them to.</p>"
        ),
        "body": [
            ("heading", {"text": "How the snapshot works", "level": "h2"}),
            (
                "text",
                (
                    "<p>You fill in the snapshot on this website. You can print it or save it on your phone. "
                    "Then you give it to your GP practice, if you want to.</p>"
                    "<p>You choose what to write. You can leave any part empty.</p>"
                ),
            ),
            (
                "inset",
                {
                    "text": (
                        "<p><b>Our website never keeps what you write in the snapshot.</b> "
                        "It stays on your phone or computer.</p>"
                    )
                },
            ),
            (
                "quote",
                {
                    "text": "Now I hand over the paper and they read it. I don't have to say it out loud.",
                    "credit": "none",
                    "credit_name": "",
                },
            ),
            (
                "details",
                {
                    "summary": "Who made the snapshot?",
                    "body": (
                        "<p>Eight group members worked on it over four meetings. "
                        "A GP and a care coordinator checked that practices could use it.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "you-said-8am-phone-queue",
        "title": "You said you could not get through at 8am",
        "summary": "Many of you cannot phone the practice first thing in the morning. Two practices now keep appointments you can book later in the day.",
        "date": "2026-02-19",
        "kind": "you-said-we-did",
        "tags": ["appointments", "access"],
        "you_said": (
            "<p>You told us the 8am phone queue does not work for you. "
            "Some of you have no phone credit in the morning. "
            "Some of you have to leave a hostel early, or have no signal.</p>"
        ),
        "we_did": (
            "<p>Two practices now keep some appointments that you can book after midday. "
            "These are for people on their enhanced access list. "
            "A care coordinator can also book for you, if your support worker asks.</p>"
        ),
        "body": [
            ("heading", {"text": "What is an enhanced access list?", "level": "h2"}),
            (
                "text",
                (
                    "<p>It is a list of patients who find it hard to get appointments the usual way. "
                    "If you are on it, the practice makes it easier for you to be seen. "
                    "You can ask your practice if they have one.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "It is a small change, but it means people actually get seen.",
                    "credit": "none",
                    "credit_name": "",
                },
            ),
        ],
    },
    {
        "slug": "how-our-meetings-work",
        "title": "How our meetings work, and how we pay members",
        "summary": "We meet every two weeks, share food, and pay members for their time. Here is what a meeting is like.",
        "date": "2025-04-08",
        "kind": "news",
        "tags": ["our group", "payment", "meetings"],
        "you_said": "",
        "we_did": "",
        "body": [
            ("heading", {"text": "Every two weeks", "level": "h2"}),
            (
                "text",
                (
                    "<p>Our group meets every two weeks at a community centre. "
                    "Each meeting lasts two hours, with a break in the middle. We always start with food.</p>"
                    "<p>A GP, a support worker and a researcher help to run the meetings. "
                    "Everyone has an equal say.</p>"
                ),
            ),
            ("heading", {"text": "Check-in and check-out", "level": "h2"}),
            (
                "text",
                (
                    "<p>We start each meeting with a check-in. Everyone says how they are feeling today. "
                    "We end with a check-out, so nobody leaves feeling alone.</p>"
                    "<p>Our ground rules say nobody has to share their own story. "
                    "You are here for what you know, not for what happened to you.</p>"
                ),
            ),
            ("heading", {"text": "How we pay members", "level": "h2"}),
            (
                "text",
                (
                    "<p>We pay members for their time at a set hourly rate. "
                    "You can choose cash or shopping vouchers. "
                    "We also pay for travel, and for childcare if you need it.</p>"
                ),
            ),
            (
                "details",
                {
                    "summary": "Will payment affect my benefits?",
                    "body": (
                        "<p>It can, for some benefits. A support worker can help you check before you start. "
                        "You can also choose to take part without being paid.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": "I came for the food the first time. I stayed because people listened.",
                    "credit": "pseudonym",
                    "credit_name": "Amina, group member",
                },
            ),
        ],
    },
    {
        "slug": "guides-in-arabic-and-somali",
        "title": "Our guides are now in Arabic and Somali",
        "summary": "Our guides to registering with a GP and getting help fast are now in Arabic and Somali. More languages are on the way.",
        "date": "2026-03-24",
        "kind": "news",
        "tags": ["languages", "guides"],
        "you_said": "",
        "we_did": "",
        "body": [
            (
                "text",
                (
                    "<p>Our guides to registering with a GP and getting help fast are now in Arabic and Somali. "
                    "Choose your language at the top of any page.</p>"
                ),
            ),
            ("heading", {"text": "How we checked the translations", "level": "h2"}),
            (
                "text",
                (
                    "<p>A professional translator wrote each guide first. "
                    "Then a community translator checked it used everyday words. "
                    "Finally, two group members who speak the language read it through.</p>"
                ),
            ),
            (
                "inset",
                {
                    "text": (
                        "<p>If a page is not translated yet, we will tell you. "
                        "<b>We never show English under another language without saying so.</b></p>"
                    )
                },
            ),
            ("heading", {"text": "What comes next", "level": "h2"}),
            (
                "text",
                (
                    "<p>We are working on Farsi, Tigrinya and Ukrainian next. "
                    "If you would like to help check a translation, please get in touch. "
                    "We pay for your time.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "training-for-gp-trainees",
        "title": "Group members train new GPs",
        "summary": "Group members led a training day for GP trainees about trauma-informed care and working together with patients.",
        "date": "2026-06-30",
        "kind": "news",
        "tags": ["training", "GP trainees", "co-production"],
        "you_said": "",
        "we_did": "",
        "body": [
            (
                "text",
                (
                    "<p>In June, five group members led a training day for 20 GP trainees. "
                    "The trainees will soon be working as GPs in local practices.</p>"
                ),
            ),
            ("heading", {"text": "What we covered", "level": "h2"}),
            (
                "text",
                (
                    "<ul>"
                    "<li>What trauma-informed care looks like in a ten-minute appointment.</li>"
                    "<li>Why people miss appointments, and what to do about it.</li>"
                    "<li>How to work with patients as equal partners (co-production).</li>"
                    "<li>How to ask questions without making people relive the past.</li>"
                    "</ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": "I have learned more today than in any lecture. I will change how I start my appointments.",
                    "credit": "none",
                    "credit_name": "",
                },
            ),
            ("heading", {"text": "Use the training yourself", "level": "h2"}),
            (
                "text",
                (
                    "<p>The session plan and handouts are on this website. "
                    "GP trainees can sign in to see all the modules. "
                    "Practices can use our top tips in their own team meetings.</p>"
                ),
            ),
            (
                "details",
                {
                    "summary": "Were members paid for this?",
                    "body": (
                        "<p>Yes. Members were paid for the training day and for the time spent preparing it. "
                        "Each one chose how they wanted to be credited.</p>"
                    ),
                },
            ),
        ],
    },
]

# A post the demo leaves waiting for the panel: the editor sent it, one panel member approved it, and
# signing in as panel2 gives the second approval that publishes it.
WAITING_POST = {
    "slug": "you-said-we-did-longer-appointments",
    "title": "You said, we did: longer appointments",
    "summary": "You told us ten minutes is not enough when you have a lot to say. Two practices now offer double appointments.",
    "kind": "you-said-we-did",
    "tags": ["appointments"],
    "you_said": "<p>Ten minutes goes too fast. By the time I feel safe to talk, the time is up.</p>",
    "we_did": "<p>Two practices now offer a double appointment when you ask. You do not have to give a reason.</p>",
    "body": [
        (
            "text",
            "<p>Ask at reception for a double appointment. You can also ask for the first or last one of the day.</p>",
        ),
    ],
}
