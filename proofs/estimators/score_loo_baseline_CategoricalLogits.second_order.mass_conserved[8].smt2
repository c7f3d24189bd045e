; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[8]', verdict proved
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
(declare-fun log!421 () Real)
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
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x133 (/ ?x36 exp!4)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x97 (/ ?x56 ?x57)))
 (let ((?x110 (- ?x97)))
 (let ((?x112 (* 0.0 ?x110)))
 (let ((?x126 (+ ?x110 ?x112)))
 (let ((?x111 (+ 1.0 ?x110)))
 (let ((?x125 (* 0.0 ?x111)))
 (let ((?x127 (+ ?x125 ?x126)))
 (let ((?x135 (* ?x127 ?x133)))
 (let ((?x136 (* ?x127 ?x135)))
 (let ((?x100 (- ?x56)))
 (let ((?x101 (* ?x56 ?x100)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x102 (* ?x99 ?x101)))
 (let ((?x103 (+ ?x97 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x121 (+ ?x104 ?x105)))
 (let ((?x122 (+ ?x105 ?x121)))
 (let ((?x134 (* ?x122 ?x133)))
 (let ((?x137 (+ ?x134 ?x136)))
 (let ((?x123 (/ 1.0 exp!4)))
 (let ((?x128 (* ?x123 ?x127)))
 (let ((?x129 (* ?x127 ?x128)))
 (let ((?x124 (* ?x123 ?x122)))
 (let ((?x130 (+ ?x124 ?x129)))
 (let ((?x138 (+ ?x130 ?x137)))
 (let ((?x113 (+ ?x112 ?x112)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x108 (/ ?x56 exp!4)))
 (let ((?x115 (* ?x108 ?x114)))
 (let ((?x116 (* ?x114 ?x115)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x109 (* ?x108 ?x107)))
 (let ((?x117 (+ ?x109 ?x116)))
 (let ((?x139 (+ ?x117 ?x138)))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
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
(declare-fun log!421 () Real)
(declare-fun log!645 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (< 0.0 ?x597)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x292 (/ ?x144 exp!5)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x346 (- ?x200)))
 (let ((?x379 (* 0.0 ?x346)))
 (let ((?x353 (+ ?x346 ?x379)))
 (let ((?x368 (+ 1.0 ?x346)))
 (let ((?x359 (* 0.0 ?x368)))
 (let ((?x363 (+ ?x359 ?x353)))
 (let ((?x162 (* ?x363 ?x292)))
 (let ((?x163 (* ?x363 ?x162)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x247 (+ ?x317 ?x318)))
 (let ((?x251 (+ ?x318 ?x247)))
 (let ((?x293 (* ?x251 ?x292)))
 (let ((?x276 (+ ?x293 ?x163)))
 (let ((?x252 (/ ?x596 exp!5)))
 (let ((?x365 (* ?x252 ?x363)))
 (let ((?x168 (* ?x363 ?x365)))
 (let ((?x347 (* ?x252 ?x251)))
 (let ((?x169 (+ ?x347 ?x168)))
 (let ((?x280 (+ ?x169 ?x276)))
 (let ((?x352 (+ ?x379 ?x379)))
 (let ((?x373 (+ ?x368 ?x352)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x383 (* ?x178 ?x373)))
 (let ((?x385 (* ?x373 ?x383)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x209 (+ ?x181 ?x385)))
 (let ((?x281 (+ ?x209 ?x280)))
 (or (and (distinct 0.0 ?x281) true)))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x144 (/ ?x9 exp!3)))
(let ((?x596 (/ (* 1.0 exp!2) exp!3)))
(let ((?x584 (+ ?x596 ?x144)))
(let ((?x597 (+ 1.0 ?x584)))
(=> (> ?x597 0.0) (= exp!5 ?x597))))))))
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
(declare-fun log!421 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!645 () Real)
(declare-fun log!870 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x428 exp!1)))
 (let ((?x289 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x277 (+ ?x337 ?x289)))
 (< 0.0 ?x277))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x428 exp!1)))
 (let ((?x289 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x277 (+ ?x337 ?x289)))
 (let (($x301 (= 0.0 ?x277)))
 (not $x301)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x428 exp!1)))
 (let ((?x289 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x277 (+ ?x337 ?x289)))
 (let (($x301 (= 0.0 ?x277)))
 (not $x301)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x428 exp!1)))
 (let ((?x289 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x277 (+ ?x337 ?x289)))
 (let (($x301 (= 0.0 ?x277)))
 (not $x301)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x428 exp!1)))
 (let ((?x289 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x277 (+ ?x337 ?x289)))
 (let (($x301 (= 0.0 ?x277)))
 (not $x301)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x428 exp!1)))
 (let ((?x289 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x277 (+ ?x337 ?x289)))
 (let (($x301 (= 0.0 ?x277)))
 (not $x301)))))))))
(assert
 (let ((?x599 (/ 1.0 exp!6)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x612 (/ ?x428 exp!1)))
 (let ((?x289 (+ 1.0 ?x612)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x337 (/ ?x55 exp!1)))
 (let ((?x277 (+ ?x337 ?x289)))
 (let ((?x236 (/ ?x337 ?x277)))
 (let ((?x649 (- ?x236)))
 (let ((?x226 (* 0.0 ?x649)))
 (let ((?x361 (+ ?x649 ?x226)))
 (let ((?x422 (+ 1.0 ?x649)))
 (let ((?x632 (* 0.0 ?x422)))
 (let ((?x875 (+ ?x632 ?x361)))
 (let ((?x460 (* ?x875 ?x599)))
 (let ((?x674 (* ?x875 ?x460)))
 (let ((?x615 (- ?x337)))
 (let ((?x627 (* ?x337 ?x615)))
 (let ((?x533 (/ 1.0 (* ?x277 ?x277))))
 (let ((?x245 (* ?x533 ?x627)))
 (let ((?x336 (+ ?x236 ?x245)))
 (let ((?x234 (- ?x336)))
 (let ((?x877 (* 0.0 ?x234)))
 (let ((?x296 (+ ?x234 ?x877)))
 (let ((?x660 (+ ?x877 ?x296)))
 (let ((?x526 (* ?x660 ?x599)))
 (let ((?x520 (+ ?x526 ?x674)))
 (let ((?x859 (/ ?x612 exp!6)))
 (let ((?x554 (* ?x859 ?x875)))
 (let ((?x638 (* ?x875 ?x554)))
 (let ((?x338 (* ?x859 ?x660)))
 (let ((?x682 (+ ?x338 ?x638)))
 (let ((?x535 (+ ?x682 ?x520)))
 (let ((?x410 (+ ?x226 ?x226)))
 (let ((?x325 (+ ?x422 ?x410)))
 (let ((?x206 (/ ?x337 exp!6)))
 (let ((?x878 (* ?x206 ?x325)))
 (let ((?x629 (* ?x325 ?x878)))
 (let ((?x275 (+ ?x877 ?x877)))
 (let ((?x441 (+ ?x234 ?x275)))
 (let ((?x203 (* ?x206 ?x441)))
 (let ((?x637 (+ ?x203 ?x629)))
 (let ((?x860 (+ ?x637 ?x535)))
 (or (and (distinct 0.0 ?x860) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!870 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!870) (< exp!1 exp!6)))
(assert
 (= (< log!870 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!870) (< exp!2 exp!6)))
(assert
 (= (< log!870 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!870) (< exp!3 exp!6)))
(assert
 (= (< log!870 log!421) (< exp!6 exp!4)))
(assert
 (= (< log!421 log!870) (< exp!4 exp!6)))
(assert
 (= (< log!870 log!645) (< exp!6 exp!5)))
(assert
 (= (< log!645 log!870) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!870 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!870)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x612 (/ ?x428 exp!1)))
(let ((?x289 (+ 1.0 ?x612)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x337 (/ ?x55 exp!1)))
(let ((?x277 (+ ?x337 ?x289)))
(=> (> ?x277 0.0) (= exp!6 ?x277)))))))))
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
(declare-fun log!421 () Real)
(declare-fun log!645 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!870 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (< 0.0 ?x597))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x292 (/ ?x144 exp!5)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x346 (- ?x200)))
 (let ((?x379 (* 0.0 ?x346)))
 (let ((?x353 (+ ?x346 ?x379)))
 (let ((?x368 (+ 1.0 ?x346)))
 (let ((?x359 (* 0.0 ?x368)))
 (let ((?x363 (+ ?x359 ?x353)))
 (let ((?x162 (* ?x363 ?x292)))
 (let ((?x163 (* ?x363 ?x162)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x247 (+ ?x317 ?x318)))
 (let ((?x251 (+ ?x318 ?x247)))
 (let ((?x293 (* ?x251 ?x292)))
 (let ((?x276 (+ ?x293 ?x163)))
 (let ((?x252 (/ ?x596 exp!5)))
 (let ((?x365 (* ?x252 ?x363)))
 (let ((?x168 (* ?x363 ?x365)))
 (let ((?x347 (* ?x252 ?x251)))
 (let ((?x169 (+ ?x347 ?x168)))
 (let ((?x280 (+ ?x169 ?x276)))
 (let ((?x352 (+ ?x379 ?x379)))
 (let ((?x373 (+ ?x368 ?x352)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x383 (* ?x178 ?x373)))
 (let ((?x385 (* ?x373 ?x383)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x209 (+ ?x181 ?x385)))
 (let ((?x281 (+ ?x209 ?x280)))
 (or (and (distinct 0.0 ?x281) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!421 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!421) (< exp!1 exp!4)))
(assert
 (= (< log!421 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!421) (< exp!2 exp!4)))
(assert
 (= (< log!421 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!421) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!421 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!421)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!645 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!645) (< exp!1 exp!5)))
(assert
 (= (< log!645 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!645) (< exp!2 exp!5)))
(assert
 (= (< log!645 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!645) (< exp!3 exp!5)))
(assert
 (= (< log!645 log!421) (< exp!5 exp!4)))
(assert
 (= (< log!421 log!645) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!645 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!645)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!870 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!870) (< exp!1 exp!6)))
(assert
 (= (< log!870 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!870) (< exp!2 exp!6)))
(assert
 (= (< log!870 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!870) (< exp!3 exp!6)))
(assert
 (= (< log!870 log!421) (< exp!6 exp!4)))
(assert
 (= (< log!421 log!870) (< exp!4 exp!6)))
(assert
 (= (< log!870 log!645) (< exp!6 exp!5)))
(assert
 (= (< log!645 log!870) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!870 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!870)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x612 (/ ?x428 exp!1)))
(let ((?x289 (+ 1.0 ?x612)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x337 (/ ?x55 exp!1)))
(let ((?x277 (+ ?x337 ?x289)))
(=> (> ?x277 0.0) (= exp!6 ?x277)))))))))
(check-sat)
(pop 1)
