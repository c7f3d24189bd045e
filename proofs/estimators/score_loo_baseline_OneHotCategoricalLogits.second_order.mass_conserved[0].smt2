; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!313 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x61 (/ 1.0 ?x57)))
 (let ((?x108 (- ?x61)))
 (let ((?x110 (+ 1.0 ?x108)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x133 (+ ?x108 ?x111)))
 (let ((?x109 (* 0.0 ?x108)))
 (let ((?x134 (+ ?x109 ?x133)))
 (let ((?x131 (/ ?x36 exp!4)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x136 (* ?x134 ?x135)))
 (let ((?x63 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x64 (- ?x63)))
 (let ((?x65 (+ ?x61 ?x64)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* 0.0 ?x66)))
 (let ((?x117 (+ ?x66 ?x67)))
 (let ((?x118 (+ ?x67 ?x117)))
 (let ((?x132 (* ?x118 ?x131)))
 (let ((?x137 (+ ?x132 ?x136)))
 (let ((?x124 (+ ?x109 ?x110)))
 (let ((?x125 (+ ?x109 ?x124)))
 (let ((?x122 (/ 1.0 exp!4)))
 (let ((?x126 (* ?x122 ?x125)))
 (let ((?x127 (* ?x125 ?x126)))
 (let ((?x123 (* ?x118 ?x122)))
 (let ((?x128 (+ ?x123 ?x127)))
 (let ((?x138 (+ ?x128 ?x137)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (+ ?x108 ?x112)))
 (let ((?x106 (/ ?x56 exp!4)))
 (let ((?x114 (* ?x106 ?x113)))
 (let ((?x115 (* ?x113 ?x114)))
 (let ((?x68 (+ ?x67 ?x67)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x107 (* ?x69 ?x106)))
 (let ((?x116 (+ ?x107 ?x115)))
 (let ((?x139 (+ ?x116 ?x138)))
 (or (and (distinct 0.0 ?x139) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!313 () Real)
(declare-fun log!538 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (< 0.0 ?x591)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let ((?x480 (/ ?x590 ?x591)))
 (let ((?x303 (- ?x480)))
 (let ((?x314 (+ 1.0 ?x303)))
 (let ((?x311 (* 0.0 ?x314)))
 (let ((?x276 (+ ?x303 ?x311)))
 (let ((?x313 (* 0.0 ?x303)))
 (let ((?x277 (+ ?x313 ?x276)))
 (let ((?x163 (/ ?x144 exp!5)))
 (let ((?x278 (* ?x163 ?x277)))
 (let ((?x280 (* ?x277 ?x278)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x214 (+ ?x582 ?x583)))
 (let ((?x342 (+ ?x583 ?x214)))
 (let ((?x272 (* ?x342 ?x163)))
 (let ((?x283 (+ ?x272 ?x280)))
 (let ((?x168 (+ ?x313 ?x314)))
 (let ((?x169 (+ ?x313 ?x168)))
 (let ((?x362 (/ ?x590 exp!5)))
 (let ((?x170 (* ?x362 ?x169)))
 (let ((?x171 (* ?x169 ?x170)))
 (let ((?x363 (* ?x342 ?x362)))
 (let ((?x288 (+ ?x363 ?x171)))
 (let ((?x284 (+ ?x288 ?x283)))
 (let ((?x312 (+ ?x313 ?x311)))
 (let ((?x179 (+ ?x303 ?x312)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x176 (* ?x206 ?x179)))
 (let ((?x207 (* ?x179 ?x176)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x302 (* ?x577 ?x206)))
 (let ((?x217 (+ ?x302 ?x207)))
 (let ((?x281 (+ ?x217 ?x284)))
 (or (and (distinct 0.0 ?x281) true)))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x144 (/ ?x9 exp!3)))
(let ((?x590 (/ (* 1.0 exp!2) exp!3)))
(let ((?x578 (+ ?x590 ?x144)))
(let ((?x591 (+ 1.0 ?x578)))
(=> (> ?x591 0.0) (= exp!5 ?x591))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!313 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!538 () Real)
(declare-fun log!763 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x421 exp!1)))
 (let ((?x631 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x443 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x443 ?x631)))
 (let (($x267 (= 0.0 ?x269)))
 (not $x267)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x421 exp!1)))
 (let ((?x631 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x443 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x443 ?x631)))
 (let (($x267 (= 0.0 ?x269)))
 (not $x267)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x421 exp!1)))
 (let ((?x631 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x443 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x443 ?x631)))
 (< 0.0 ?x269))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x421 exp!1)))
 (let ((?x631 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x443 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x443 ?x631)))
 (let (($x267 (= 0.0 ?x269)))
 (not $x267)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x421 exp!1)))
 (let ((?x631 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x443 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x443 ?x631)))
 (let (($x267 (= 0.0 ?x269)))
 (not $x267)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x421 exp!1)))
 (let ((?x631 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x443 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x443 ?x631)))
 (let (($x267 (= 0.0 ?x269)))
 (not $x267)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x421 exp!1)))
 (let ((?x631 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x443 (/ ?x55 exp!1)))
 (let ((?x269 (+ ?x443 ?x631)))
 (let ((?x387 (/ ?x612 ?x269)))
 (let ((?x261 (- ?x387)))
 (let ((?x291 (+ 1.0 ?x261)))
 (let ((?x300 (* 0.0 ?x291)))
 (let ((?x349 (+ ?x261 ?x300)))
 (let ((?x259 (* 0.0 ?x261)))
 (let ((?x432 (+ ?x259 ?x349)))
 (let ((?x478 (/ 1.0 exp!6)))
 (let ((?x670 (* ?x478 ?x432)))
 (let ((?x177 (* ?x432 ?x670)))
 (let ((?x160 (/ 1.0 (* ?x269 ?x269))))
 (let ((?x439 (- ?x612)))
 (let ((?x433 (* ?x612 ?x439)))
 (let ((?x290 (* ?x433 ?x160)))
 (let ((?x563 (+ ?x387 ?x290)))
 (let ((?x883 (- ?x563)))
 (let ((?x236 (* 0.0 ?x883)))
 (let ((?x513 (+ ?x883 ?x236)))
 (let ((?x881 (+ ?x236 ?x513)))
 (let ((?x668 (* ?x881 ?x478)))
 (let ((?x868 (+ ?x668 ?x177)))
 (let ((?x332 (+ ?x259 ?x291)))
 (let ((?x869 (+ ?x259 ?x332)))
 (let ((?x400 (/ ?x612 exp!6)))
 (let ((?x635 (* ?x400 ?x869)))
 (let ((?x622 (* ?x869 ?x635)))
 (let ((?x221 (* ?x881 ?x400)))
 (let ((?x529 (+ ?x221 ?x622)))
 (let ((?x150 (+ ?x529 ?x868)))
 (let ((?x455 (+ ?x259 ?x300)))
 (let ((?x886 (+ ?x261 ?x455)))
 (let ((?x231 (/ ?x443 exp!6)))
 (let ((?x605 (* ?x231 ?x886)))
 (let ((?x368 (* ?x886 ?x605)))
 (let ((?x379 (+ ?x236 ?x236)))
 (let ((?x216 (+ ?x883 ?x379)))
 (let ((?x345 (* ?x216 ?x231)))
 (let ((?x232 (+ ?x345 ?x368)))
 (let ((?x220 (+ ?x232 ?x150)))
 (or (and (distinct 0.0 ?x220) true))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!763 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!763) (< exp!1 exp!6)))
(assert
 (= (< log!763 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!763) (< exp!2 exp!6)))
(assert
 (= (< log!763 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!763) (< exp!3 exp!6)))
(assert
 (= (< log!763 log!313) (< exp!6 exp!4)))
(assert
 (= (< log!313 log!763) (< exp!4 exp!6)))
(assert
 (= (< log!763 log!538) (< exp!6 exp!5)))
(assert
 (= (< log!538 log!763) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!763 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!763)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x612 (/ ?x421 exp!1)))
(let ((?x631 (+ 1.0 ?x612)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x443 (/ ?x55 exp!1)))
(let ((?x269 (+ ?x443 ?x631)))
(=> (> ?x269 0.0) (= exp!6 ?x269)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!313 () Real)
(declare-fun log!538 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!763 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (< 0.0 ?x591))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let ((?x480 (/ ?x590 ?x591)))
 (let ((?x303 (- ?x480)))
 (let ((?x314 (+ 1.0 ?x303)))
 (let ((?x311 (* 0.0 ?x314)))
 (let ((?x276 (+ ?x303 ?x311)))
 (let ((?x313 (* 0.0 ?x303)))
 (let ((?x277 (+ ?x313 ?x276)))
 (let ((?x163 (/ ?x144 exp!5)))
 (let ((?x278 (* ?x163 ?x277)))
 (let ((?x280 (* ?x277 ?x278)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x214 (+ ?x582 ?x583)))
 (let ((?x342 (+ ?x583 ?x214)))
 (let ((?x272 (* ?x342 ?x163)))
 (let ((?x283 (+ ?x272 ?x280)))
 (let ((?x168 (+ ?x313 ?x314)))
 (let ((?x169 (+ ?x313 ?x168)))
 (let ((?x362 (/ ?x590 exp!5)))
 (let ((?x170 (* ?x362 ?x169)))
 (let ((?x171 (* ?x169 ?x170)))
 (let ((?x363 (* ?x342 ?x362)))
 (let ((?x288 (+ ?x363 ?x171)))
 (let ((?x284 (+ ?x288 ?x283)))
 (let ((?x312 (+ ?x313 ?x311)))
 (let ((?x179 (+ ?x303 ?x312)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x176 (* ?x206 ?x179)))
 (let ((?x207 (* ?x179 ?x176)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x302 (* ?x577 ?x206)))
 (let ((?x217 (+ ?x302 ?x207)))
 (let ((?x281 (+ ?x217 ?x284)))
 (or (and (distinct 0.0 ?x281) true))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!763 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!763) (< exp!1 exp!6)))
(assert
 (= (< log!763 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!763) (< exp!2 exp!6)))
(assert
 (= (< log!763 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!763) (< exp!3 exp!6)))
(assert
 (= (< log!763 log!313) (< exp!6 exp!4)))
(assert
 (= (< log!313 log!763) (< exp!4 exp!6)))
(assert
 (= (< log!763 log!538) (< exp!6 exp!5)))
(assert
 (= (< log!538 log!763) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!763 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!763)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x612 (/ ?x421 exp!1)))
(let ((?x631 (+ 1.0 ?x612)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x443 (/ ?x55 exp!1)))
(let ((?x269 (+ ?x443 ?x631)))
(=> (> ?x269 0.0) (= exp!6 ?x269)))))))))
(check-sat)
(pop 1)
