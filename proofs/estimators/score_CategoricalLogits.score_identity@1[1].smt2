; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@1[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x118 (/ ?x52 ?x54)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (+ 1.0 ?x119)))
 (let ((?x120 (* 0.0 ?x119)))
 (let ((?x122 (+ ?x120 ?x121)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x124 (* ?x111 ?x123)))
 (let ((?x125 (* |f[1]| ?x124)))
 (let ((?x113 (- |f[1]|)))
 (let ((?x114 (/ ?x113 ?x54)))
 (let ((?x115 (* ?x52 ?x114)))
 (let ((?x116 (+ |f[1]| ?x115)))
 (let ((?x117 (* ?x111 ?x116)))
 (or (and (distinct ?x117 ?x125) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (< 0.0 ?x521)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (< 0.0 ?x521)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let ((?x325 (/ ?x129 ?x521)))
 (let ((?x148 (- ?x325)))
 (let ((?x263 (+ 1.0 ?x148)))
 (let ((?x149 (* 0.0 ?x148)))
 (let ((?x257 (+ ?x149 ?x263)))
 (let ((?x267 (+ ?x149 ?x257)))
 (let ((?x334 (/ ?x129 exp!7)))
 (let ((?x269 (* ?x334 ?x267)))
 (let ((?x157 (* |f[1]| ?x269)))
 (let ((?x113 (- |f[1]|)))
 (let ((?x335 (/ ?x113 ?x521)))
 (let ((?x332 (* ?x129 ?x335)))
 (let ((?x333 (+ |f[1]| ?x332)))
 (let ((?x324 (* ?x334 ?x333)))
 (or (and (distinct ?x324 ?x157) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!6))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!6 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!6))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!6 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x252 (> log!147 0.0)))
 (= $x252 (> exp!6 1.0))))
(assert
 (let ((?x251 (+ 1.0 log!147)))
 (>= exp!6 ?x251)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x159 (> ?x521 0.0)))
 (=> $x159 (= exp!6 ?x521)))))))))
(assert
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!7))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!7 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!7))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!7 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!7))))
(assert
 (let (($x295 (< log!147 log!147)))
 (= $x295 (< exp!7 exp!6))))
(assert
 (let (($x295 (< log!147 log!147)))
 (= $x295 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x252 (> log!147 0.0)))
 (= $x252 (> exp!7 1.0))))
(assert
 (let ((?x251 (+ 1.0 log!147)))
 (>= exp!7 ?x251)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x129 (/ ?x51 exp!1)))
(let ((?x127 (/ (* 1.0 exp!2) exp!1)))
(let ((?x443 (+ ?x127 ?x129)))
(let ((?x521 (+ 1.0 ?x443)))
(let (($x159 (> ?x521 0.0)))
(=> $x159 (= exp!7 ?x521)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!201 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (< 0.0 ?x641))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (let (($x485 (= 0.0 ?x641)))
 (not $x485)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (let (($x485 (= 0.0 ?x641)))
 (not $x485)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (let (($x485 (= 0.0 ?x641)))
 (not $x485)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (< 0.0 ?x641))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (let (($x485 (= 0.0 ?x641)))
 (not $x485)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (let (($x485 (= 0.0 ?x641)))
 (not $x485)))))))))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (let ((?x867 (/ 1.0 ?x641)))
 (let ((?x633 (- ?x867)))
 (let ((?x470 (+ 1.0 ?x633)))
 (let ((?x538 (* 0.0 ?x633)))
 (let ((?x302 (+ ?x538 ?x470)))
 (let ((?x364 (+ ?x538 ?x302)))
 (let ((?x141 (/ 1.0 exp!9)))
 (let ((?x487 (* ?x141 ?x364)))
 (let ((?x628 (* |f[1]| ?x487)))
 (let ((?x113 (- |f[1]|)))
 (let ((?x318 (/ ?x113 ?x641)))
 (let ((?x481 (+ |f[1]| ?x318)))
 (let ((?x218 (* ?x141 ?x481)))
 (or (and (distinct ?x218 ?x628) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!6))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!6 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!6))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!6 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x252 (> log!147 0.0)))
 (= $x252 (> exp!6 1.0))))
(assert
 (let ((?x251 (+ 1.0 log!147)))
 (>= exp!6 ?x251)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x159 (> ?x521 0.0)))
 (=> $x159 (= exp!6 ?x521))))))))))
(assert
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!7))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!7 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!7))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!7 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!7))))
(assert
 (let (($x295 (< log!147 log!147)))
 (= $x295 (< exp!7 exp!6))))
(assert
 (let (($x295 (< log!147 log!147)))
 (= $x295 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x252 (> log!147 0.0)))
 (= $x252 (> exp!7 1.0))))
(assert
 (let ((?x251 (+ 1.0 log!147)))
 (>= exp!7 ?x251)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x159 (> ?x521 0.0)))
 (=> $x159 (= exp!7 ?x521))))))))))
(assert
 (let (($x396 (< log!201 |logits[2]|)))
 (= $x396 (< exp!8 exp!1))))
(assert
 (let (($x852 (< |logits[2]| log!201)))
 (= $x852 (< exp!1 exp!8))))
(assert
 (let (($x666 (< log!201 |logits[0]|)))
 (= $x666 (< exp!8 exp!2))))
(assert
 (let (($x653 (< |logits[0]| log!201)))
 (= $x653 (< exp!2 exp!8))))
(assert
 (let (($x630 (< log!201 |logits[1]|)))
 (= $x630 (< exp!8 exp!3))))
(assert
 (let (($x604 (< |logits[1]| log!201)))
 (= $x604 (< exp!3 exp!8))))
(assert
 (let (($x144 (< log!201 log!95)))
 (= $x144 (< exp!8 exp!5))))
(assert
 (let (($x410 (< log!95 log!201)))
 (= $x410 (< exp!5 exp!8))))
(assert
 (let (($x381 (< log!201 log!147)))
 (= $x381 (< exp!8 exp!7))))
(assert
 (let (($x283 (< log!147 log!201)))
 (= $x283 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x211 (> log!201 0.0)))
 (= $x211 (> exp!8 1.0))))
(assert
 (let ((?x175 (+ 1.0 log!201)))
 (>= exp!8 ?x175)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (let (($x184 (> ?x641 0.0)))
 (=> $x184 (= exp!8 ?x641))))))))))
(assert
 (let (($x396 (< log!201 |logits[2]|)))
 (= $x396 (< exp!9 exp!1))))
(assert
 (let (($x852 (< |logits[2]| log!201)))
 (= $x852 (< exp!1 exp!9))))
(assert
 (let (($x666 (< log!201 |logits[0]|)))
 (= $x666 (< exp!9 exp!2))))
(assert
 (let (($x653 (< |logits[0]| log!201)))
 (= $x653 (< exp!2 exp!9))))
(assert
 (let (($x630 (< log!201 |logits[1]|)))
 (= $x630 (< exp!9 exp!3))))
(assert
 (let (($x604 (< |logits[1]| log!201)))
 (= $x604 (< exp!3 exp!9))))
(assert
 (let (($x144 (< log!201 log!95)))
 (= $x144 (< exp!9 exp!5))))
(assert
 (let (($x410 (< log!95 log!201)))
 (= $x410 (< exp!5 exp!9))))
(assert
 (let (($x381 (< log!201 log!147)))
 (= $x381 (< exp!9 exp!7))))
(assert
 (let (($x283 (< log!147 log!201)))
 (= $x283 (< exp!7 exp!9))))
(assert
 (let (($x280 (< log!201 log!201)))
 (= $x280 (< exp!9 exp!8))))
(assert
 (let (($x280 (< log!201 log!201)))
 (= $x280 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x211 (> log!201 0.0)))
 (= $x211 (> exp!9 1.0))))
(assert
 (let ((?x175 (+ 1.0 log!201)))
 (>= exp!9 ?x175)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x466 (/ ?x126 exp!3)))
(let ((?x612 (+ 1.0 ?x466)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x427 (/ ?x24 exp!3)))
(let ((?x641 (+ ?x427 ?x612)))
(let (($x184 (> ?x641 0.0)))
(=> $x184 (= exp!9 ?x641))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!201 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (< 0.0 ?x521))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (< 0.0 ?x521))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x526 (= 0.0 ?x521)))
 (not $x526)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let ((?x325 (/ ?x129 ?x521)))
 (let ((?x148 (- ?x325)))
 (let ((?x263 (+ 1.0 ?x148)))
 (let ((?x149 (* 0.0 ?x148)))
 (let ((?x257 (+ ?x149 ?x263)))
 (let ((?x267 (+ ?x149 ?x257)))
 (let ((?x334 (/ ?x129 exp!7)))
 (let ((?x269 (* ?x334 ?x267)))
 (let ((?x157 (* |f[1]| ?x269)))
 (let ((?x113 (- |f[1]|)))
 (let ((?x335 (/ ?x113 ?x521)))
 (let ((?x332 (* ?x129 ?x335)))
 (let ((?x333 (+ |f[1]| ?x332)))
 (let ((?x324 (* ?x334 ?x333)))
 (or (and (distinct ?x324 ?x157) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!6 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!6))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!6 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!6))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!6 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x252 (> log!147 0.0)))
 (= $x252 (> exp!6 1.0))))
(assert
 (let ((?x251 (+ 1.0 log!147)))
 (>= exp!6 ?x251)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x159 (> ?x521 0.0)))
 (=> $x159 (= exp!6 ?x521))))))))))
(assert
 (let (($x467 (< log!147 |logits[2]|)))
 (= $x467 (< exp!7 exp!1))))
(assert
 (let (($x525 (< |logits[2]| log!147)))
 (= $x525 (< exp!1 exp!7))))
(assert
 (let (($x522 (< log!147 |logits[0]|)))
 (= $x522 (< exp!7 exp!2))))
(assert
 (let (($x518 (< |logits[0]| log!147)))
 (= $x518 (< exp!2 exp!7))))
(assert
 (let (($x514 (< log!147 |logits[1]|)))
 (= $x514 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!147)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x530 (< log!147 log!95)))
 (= $x530 (< exp!7 exp!5))))
(assert
 (let (($x418 (< log!95 log!147)))
 (= $x418 (< exp!5 exp!7))))
(assert
 (let (($x295 (< log!147 log!147)))
 (= $x295 (< exp!7 exp!6))))
(assert
 (let (($x295 (< log!147 log!147)))
 (= $x295 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x252 (> log!147 0.0)))
 (= $x252 (> exp!7 1.0))))
(assert
 (let ((?x251 (+ 1.0 log!147)))
 (>= exp!7 ?x251)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x129 (/ ?x51 exp!1)))
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x126 exp!1)))
 (let ((?x443 (+ ?x127 ?x129)))
 (let ((?x521 (+ 1.0 ?x443)))
 (let (($x159 (> ?x521 0.0)))
 (=> $x159 (= exp!7 ?x521))))))))))
(assert
 (let (($x396 (< log!201 |logits[2]|)))
 (= $x396 (< exp!8 exp!1))))
(assert
 (let (($x852 (< |logits[2]| log!201)))
 (= $x852 (< exp!1 exp!8))))
(assert
 (let (($x666 (< log!201 |logits[0]|)))
 (= $x666 (< exp!8 exp!2))))
(assert
 (let (($x653 (< |logits[0]| log!201)))
 (= $x653 (< exp!2 exp!8))))
(assert
 (let (($x630 (< log!201 |logits[1]|)))
 (= $x630 (< exp!8 exp!3))))
(assert
 (let (($x604 (< |logits[1]| log!201)))
 (= $x604 (< exp!3 exp!8))))
(assert
 (let (($x144 (< log!201 log!95)))
 (= $x144 (< exp!8 exp!5))))
(assert
 (let (($x410 (< log!95 log!201)))
 (= $x410 (< exp!5 exp!8))))
(assert
 (let (($x381 (< log!201 log!147)))
 (= $x381 (< exp!8 exp!7))))
(assert
 (let (($x283 (< log!147 log!201)))
 (= $x283 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x211 (> log!201 0.0)))
 (= $x211 (> exp!8 1.0))))
(assert
 (let ((?x175 (+ 1.0 log!201)))
 (>= exp!8 ?x175)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x126 exp!3)))
 (let ((?x612 (+ 1.0 ?x466)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x427 (/ ?x24 exp!3)))
 (let ((?x641 (+ ?x427 ?x612)))
 (let (($x184 (> ?x641 0.0)))
 (=> $x184 (= exp!8 ?x641))))))))))
(assert
 (let (($x396 (< log!201 |logits[2]|)))
 (= $x396 (< exp!9 exp!1))))
(assert
 (let (($x852 (< |logits[2]| log!201)))
 (= $x852 (< exp!1 exp!9))))
(assert
 (let (($x666 (< log!201 |logits[0]|)))
 (= $x666 (< exp!9 exp!2))))
(assert
 (let (($x653 (< |logits[0]| log!201)))
 (= $x653 (< exp!2 exp!9))))
(assert
 (let (($x630 (< log!201 |logits[1]|)))
 (= $x630 (< exp!9 exp!3))))
(assert
 (let (($x604 (< |logits[1]| log!201)))
 (= $x604 (< exp!3 exp!9))))
(assert
 (let (($x144 (< log!201 log!95)))
 (= $x144 (< exp!9 exp!5))))
(assert
 (let (($x410 (< log!95 log!201)))
 (= $x410 (< exp!5 exp!9))))
(assert
 (let (($x381 (< log!201 log!147)))
 (= $x381 (< exp!9 exp!7))))
(assert
 (let (($x283 (< log!147 log!201)))
 (= $x283 (< exp!7 exp!9))))
(assert
 (let (($x280 (< log!201 log!201)))
 (= $x280 (< exp!9 exp!8))))
(assert
 (let (($x280 (< log!201 log!201)))
 (= $x280 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x211 (> log!201 0.0)))
 (= $x211 (> exp!9 1.0))))
(assert
 (let ((?x175 (+ 1.0 log!201)))
 (>= exp!9 ?x175)))
(assert
 (let ((?x126 (* 1.0 exp!2)))
(let ((?x466 (/ ?x126 exp!3)))
(let ((?x612 (+ 1.0 ?x466)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x427 (/ ?x24 exp!3)))
(let ((?x641 (+ ?x427 ?x612)))
(let (($x184 (> ?x641 0.0)))
(=> $x184 (= exp!9 ?x641))))))))))
(check-sat)
(pop 1)
