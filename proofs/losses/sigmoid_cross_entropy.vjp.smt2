; certjax: rule losses.sigmoid_cross_entropy, obligation 'vjp', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!143 () Real)
(declare-fun log!132 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let ((?x107 (/ 0.0 ?x24)))
 (let ((?x108 (- ?x107)))
 (let ((?x33 (- labels)))
 (let ((?x89 (+ 1.0 ?x33)))
 (let ((?x109 (* ?x89 ?x108)))
 (let ((?x86 (+ logits log!143)))
 (let ((?x110 (+ ?x86 ?x109)))
 (let ((?x111 (- ?x110)))
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let ((?x103 (/ 0.0 ?x22)))
 (let ((?x104 (- ?x103)))
 (let ((?x105 (* ?x33 ?x104)))
 (let ((?x6 (- logits)))
 (let ((?x54 (+ ?x6 log!132)))
 (let ((?x106 (+ ?x54 ?x105)))
 (let ((?x112 (+ ?x106 ?x111)))
 (let ((?x113 (* g ?x112)))
 (let ((?x101 (- g)))
 (let ((?x102 (* logits ?x101)))
 (let ((?x91 (- ?x25)))
 (let ((?x92 (/ ?x91 ?x24)))
 (let ((?x93 (+ (/ 1.0 2.0) ?x92)))
 (let ((?x94 (- ?x93)))
 (let ((?x95 (* ?x89 ?x94)))
 (let ((?x87 (- ?x86)))
 (let ((?x88 (* 0.0 ?x87)))
 (let ((?x96 (+ ?x88 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x58 (/ ?x18 ?x22)))
 (let ((?x59 (+ (- 1.0) ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (* ?x33 ?x60)))
 (let ((?x55 (- ?x54)))
 (let ((?x56 (* 0.0 ?x55)))
 (let ((?x62 (+ ?x56 ?x61)))
 (let ((?x98 (+ ?x62 ?x97)))
 (let ((?x99 (* g ?x98)))
 (let ((?x34 (/ 1.0 ?x24)))
 (let ((?x35 (+ ?x33 ?x34)))
 (let ((?x36 (* g ?x35)))
 (or (and (distinct ?x36 ?x99) true) (and (distinct ?x102 ?x113) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!132 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!132 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!143 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!143) (< exp!1 exp!3)))
(assert
 (= (< log!143 log!132) (< exp!3 exp!2)))
(assert
 (= (< log!132 log!143) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!143 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!143)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!132 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!143 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let ((?x103 (/ 0.0 ?x22)))
 (let ((?x104 (- ?x103)))
 (let ((?x33 (- labels)))
 (let ((?x89 (+ 1.0 ?x33)))
 (let ((?x520 (* ?x89 ?x104)))
 (let ((?x448 (+ log!132 ?x520)))
 (let ((?x139 (- ?x448)))
 (let ((?x105 (* ?x33 ?x104)))
 (let ((?x6 (- logits)))
 (let ((?x54 (+ ?x6 log!132)))
 (let ((?x106 (+ ?x54 ?x105)))
 (let ((?x511 (+ ?x106 ?x139)))
 (let ((?x518 (* g ?x511)))
 (let ((?x101 (- g)))
 (let ((?x102 (* logits ?x101)))
 (let ((?x58 (/ ?x18 ?x22)))
 (let ((?x114 (- ?x58)))
 (let ((?x115 (* ?x89 ?x114)))
 (let ((?x117 (- log!132)))
 (let ((?x100 (* 0.0 ?x117)))
 (let ((?x517 (+ ?x100 ?x115)))
 (let ((?x118 (- ?x517)))
 (let ((?x59 (+ (- 1.0) ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (* ?x33 ?x60)))
 (let ((?x55 (- ?x54)))
 (let ((?x56 (* 0.0 ?x55)))
 (let ((?x62 (+ ?x56 ?x61)))
 (let ((?x393 (+ ?x62 ?x118)))
 (let ((?x377 (* g ?x393)))
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let ((?x34 (/ 1.0 ?x24)))
 (let ((?x35 (+ ?x33 ?x34)))
 (let ((?x36 (* g ?x35)))
 (or (and (distinct ?x36 ?x377) true) (and (distinct ?x102 ?x518) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!132 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!132 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!143 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!143) (< exp!1 exp!3)))
(assert
 (= (< log!143 log!132) (< exp!3 exp!2)))
(assert
 (= (< log!132 log!143) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!143 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!143)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!143 () Real)
(declare-fun g () Real)
(declare-fun log!132 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (= 0.0 ?x6)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x29 (= 0.0 ?x22)))
 (not $x29)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let ((?x107 (/ 0.0 ?x24)))
 (let ((?x108 (- ?x107)))
 (let ((?x33 (- labels)))
 (let ((?x385 (* ?x33 ?x108)))
 (let ((?x264 (+ log!143 ?x385)))
 (let ((?x89 (+ 1.0 ?x33)))
 (let ((?x109 (* ?x89 ?x108)))
 (let ((?x86 (+ logits log!143)))
 (let ((?x110 (+ ?x86 ?x109)))
 (let ((?x111 (- ?x110)))
 (let ((?x292 (+ ?x111 ?x264)))
 (let ((?x468 (* g ?x292)))
 (let ((?x101 (- g)))
 (let ((?x102 (* logits ?x101)))
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let ((?x103 (/ 0.0 ?x22)))
 (let ((?x104 (- ?x103)))
 (let ((?x520 (* ?x89 ?x104)))
 (let ((?x448 (+ log!132 ?x520)))
 (let ((?x139 (- ?x448)))
 (let ((?x105 (* ?x33 ?x104)))
 (let ((?x6 (- logits)))
 (let ((?x54 (+ ?x6 log!132)))
 (let ((?x106 (+ ?x54 ?x105)))
 (let ((?x511 (+ ?x106 ?x139)))
 (let ((?x518 (* g ?x511)))
 (let (($x472 (= ?x468 ?x518)))
 (let ((?x333 (ite $x472 ?x102 ?x468)))
 (let ((?x91 (- ?x25)))
 (let ((?x92 (/ ?x91 ?x24)))
 (let ((?x161 (+ 1.0 ?x92)))
 (let ((?x220 (- ?x161)))
 (let ((?x186 (* ?x89 ?x220)))
 (let ((?x87 (- ?x86)))
 (let ((?x88 (* 0.0 ?x87)))
 (let ((?x170 (+ ?x88 ?x186)))
 (let ((?x280 (- ?x170)))
 (let ((?x177 (- ?x92)))
 (let ((?x311 (* ?x33 ?x177)))
 (let ((?x279 (- log!143)))
 (let ((?x387 (* 0.0 ?x279)))
 (let ((?x383 (+ ?x387 ?x311)))
 (let ((?x395 (+ ?x383 ?x280)))
 (let ((?x267 (* g ?x395)))
 (let ((?x34 (/ 1.0 ?x24)))
 (let ((?x35 (+ ?x33 ?x34)))
 (let ((?x36 (* g ?x35)))
 (let ((?x58 (/ ?x18 ?x22)))
 (let ((?x114 (- ?x58)))
 (let ((?x115 (* ?x89 ?x114)))
 (let ((?x117 (- log!132)))
 (let ((?x100 (* 0.0 ?x117)))
 (let ((?x517 (+ ?x100 ?x115)))
 (let ((?x118 (- ?x517)))
 (let ((?x59 (+ (- 1.0) ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (* ?x33 ?x60)))
 (let ((?x55 (- ?x54)))
 (let ((?x56 (* 0.0 ?x55)))
 (let ((?x62 (+ ?x56 ?x61)))
 (let ((?x393 (+ ?x62 ?x118)))
 (let ((?x377 (* g ?x393)))
 (let (($x507 (= ?x267 ?x377)))
 (let ((?x275 (ite $x507 ?x36 ?x267)))
 (or (and (distinct ?x275 ?x267) true) (and (distinct ?x333 ?x468) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!132 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!132 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!143 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!143) (< exp!1 exp!3)))
(assert
 (= (< log!143 log!132) (< exp!3 exp!2)))
(assert
 (= (< log!132 log!143) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!143 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!143)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!143 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun log!132 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let ((?x107 (/ 0.0 ?x24)))
 (let ((?x108 (- ?x107)))
 (let ((?x33 (- labels)))
 (let ((?x385 (* ?x33 ?x108)))
 (let ((?x264 (+ log!143 ?x385)))
 (let ((?x89 (+ 1.0 ?x33)))
 (let ((?x109 (* ?x89 ?x108)))
 (let ((?x86 (+ logits log!143)))
 (let ((?x110 (+ ?x86 ?x109)))
 (let ((?x111 (- ?x110)))
 (let ((?x292 (+ ?x111 ?x264)))
 (let ((?x468 (* g ?x292)))
 (let ((?x101 (- g)))
 (let ((?x102 (* logits ?x101)))
 (let ((?x91 (- ?x25)))
 (let ((?x92 (/ ?x91 ?x24)))
 (let ((?x177 (- ?x92)))
 (let ((?x311 (* ?x33 ?x177)))
 (let ((?x279 (- log!143)))
 (let ((?x387 (* 0.0 ?x279)))
 (let ((?x383 (+ ?x387 ?x311)))
 (let ((?x93 (+ (/ 1.0 2.0) ?x92)))
 (let ((?x94 (- ?x93)))
 (let ((?x95 (* ?x89 ?x94)))
 (let ((?x87 (- ?x86)))
 (let ((?x88 (* 0.0 ?x87)))
 (let ((?x96 (+ ?x88 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x172 (+ ?x97 ?x383)))
 (let ((?x273 (* g ?x172)))
 (let ((?x34 (/ 1.0 ?x24)))
 (let ((?x35 (+ ?x33 ?x34)))
 (let ((?x36 (* g ?x35)))
 (or (and (distinct ?x36 ?x273) true) (and (distinct ?x102 ?x468) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!132 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!132 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!143 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!143) (< exp!1 exp!3)))
(assert
 (= (< log!143 log!132) (< exp!3 exp!2)))
(assert
 (= (< log!132 log!143) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!143 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!143)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!143 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun log!132 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let (($x31 (= 0.0 ?x24)))
 (not $x31)))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (let ((?x107 (/ 0.0 ?x24)))
 (let ((?x108 (- ?x107)))
 (let ((?x33 (- labels)))
 (let ((?x385 (* ?x33 ?x108)))
 (let ((?x264 (+ log!143 ?x385)))
 (let ((?x89 (+ 1.0 ?x33)))
 (let ((?x109 (* ?x89 ?x108)))
 (let ((?x86 (+ logits log!143)))
 (let ((?x110 (+ ?x86 ?x109)))
 (let ((?x111 (- ?x110)))
 (let ((?x292 (+ ?x111 ?x264)))
 (let ((?x468 (* g ?x292)))
 (let ((?x101 (- g)))
 (let ((?x102 (* logits ?x101)))
 (let ((?x91 (- ?x25)))
 (let ((?x92 (/ ?x91 ?x24)))
 (let ((?x161 (+ 1.0 ?x92)))
 (let ((?x220 (- ?x161)))
 (let ((?x186 (* ?x89 ?x220)))
 (let ((?x87 (- ?x86)))
 (let ((?x88 (* 0.0 ?x87)))
 (let ((?x170 (+ ?x88 ?x186)))
 (let ((?x280 (- ?x170)))
 (let ((?x177 (- ?x92)))
 (let ((?x311 (* ?x33 ?x177)))
 (let ((?x279 (- log!143)))
 (let ((?x387 (* 0.0 ?x279)))
 (let ((?x383 (+ ?x387 ?x311)))
 (let ((?x395 (+ ?x383 ?x280)))
 (let ((?x267 (* g ?x395)))
 (let ((?x34 (/ 1.0 ?x24)))
 (let ((?x35 (+ ?x33 ?x34)))
 (let ((?x36 (* g ?x35)))
 (or (and (distinct ?x36 ?x267) true) (and (distinct ?x102 ?x468) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!132 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!132 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!143 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!143) (< exp!1 exp!3)))
(assert
 (= (< log!143 log!132) (< exp!3 exp!2)))
(assert
 (= (< log!132 log!143) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!143 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!143)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
