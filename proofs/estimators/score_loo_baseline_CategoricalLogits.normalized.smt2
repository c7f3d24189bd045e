; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'normalized', verdict proved
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
(declare-fun exp!4 () Real)
(declare-fun log!58 () Real)
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
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x110 (/ 1.0 exp!5)))
 (let ((?x112 (+ ?x110 ?x111)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x109 (/ ?x33 exp!5)))
 (let ((?x113 (+ ?x109 ?x112)))
 (or (and (distinct 1.0 ?x113) true))))))))))
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
 (let (($x58 (< log!58 |logits[2]|)))
 (= $x58 (< exp!4 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!58)))
 (= $x61 (< exp!1 exp!4))))
(assert
 (let (($x64 (< log!58 |logits[0]|)))
 (= $x64 (< exp!4 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!58)))
 (= $x67 (< exp!2 exp!4))))
(assert
 (let (($x70 (< log!58 |logits[1]|)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!58)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x77 (> log!58 0.0)))
 (= $x77 (> exp!4 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!58)))
 (>= exp!4 ?x80)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!4 ?x54))))))))
(assert
 (let (($x58 (< log!58 |logits[2]|)))
 (= $x58 (< exp!5 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!58)))
 (= $x61 (< exp!1 exp!5))))
(assert
 (let (($x64 (< log!58 |logits[0]|)))
 (= $x64 (< exp!5 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!58)))
 (= $x67 (< exp!2 exp!5))))
(assert
 (let (($x70 (< log!58 |logits[1]|)))
 (= $x70 (< exp!5 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!58)))
 (= $x73 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!58 log!58)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!58 log!58)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x77 (> log!58 0.0)))
 (= $x77 (> exp!5 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!58)))
 (>= exp!5 ?x80)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x82 (> ?x54 0.0)))
(=> $x82 (= exp!5 ?x54))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!58 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!84 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (< 0.0 ?x483)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x356 (/ ?x117 exp!7)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x355 (/ ?x115 exp!7)))
 (let ((?x273 (+ ?x355 ?x356)))
 (let ((?x359 (/ 1.0 exp!7)))
 (let ((?x275 (+ ?x359 ?x273)))
 (or (and (distinct 1.0 ?x275) true)))))))))))
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
 (let (($x58 (< log!58 |logits[2]|)))
 (= $x58 (< exp!4 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!58)))
 (= $x61 (< exp!1 exp!4))))
(assert
 (let (($x64 (< log!58 |logits[0]|)))
 (= $x64 (< exp!4 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!58)))
 (= $x67 (< exp!2 exp!4))))
(assert
 (let (($x70 (< log!58 |logits[1]|)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!58)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x77 (> log!58 0.0)))
 (= $x77 (> exp!4 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!58)))
 (>= exp!4 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!4 ?x54)))))))))
(assert
 (let (($x58 (< log!58 |logits[2]|)))
 (= $x58 (< exp!5 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!58)))
 (= $x61 (< exp!1 exp!5))))
(assert
 (let (($x64 (< log!58 |logits[0]|)))
 (= $x64 (< exp!5 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!58)))
 (= $x67 (< exp!2 exp!5))))
(assert
 (let (($x70 (< log!58 |logits[1]|)))
 (= $x70 (< exp!5 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!58)))
 (= $x73 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!58 log!58)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!58 log!58)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x77 (> log!58 0.0)))
 (= $x77 (> exp!5 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!58)))
 (>= exp!5 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!5 ?x54)))))))))
(assert
 (let (($x422 (< log!84 |logits[2]|)))
 (= $x422 (< exp!6 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!84)))
 (= $x417 (< exp!1 exp!6))))
(assert
 (let (($x478 (< log!84 |logits[0]|)))
 (= $x478 (< exp!6 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!84)))
 (= $x470 (< exp!2 exp!6))))
(assert
 (let (($x471 (< log!84 |logits[1]|)))
 (= $x471 (< exp!6 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!84)))
 (= $x479 (< exp!3 exp!6))))
(assert
 (let (($x390 (< log!84 log!58)))
 (= $x390 (< exp!6 exp!5))))
(assert
 (let (($x116 (< log!58 log!84)))
 (= $x116 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x247 (> log!84 0.0)))
 (= $x247 (> exp!6 1.0))))
(assert
 (let ((?x344 (+ 1.0 log!84)))
 (>= exp!6 ?x344)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x351 (> ?x483 0.0)))
 (=> $x351 (= exp!6 ?x483)))))))))
(assert
 (let (($x422 (< log!84 |logits[2]|)))
 (= $x422 (< exp!7 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!84)))
 (= $x417 (< exp!1 exp!7))))
(assert
 (let (($x478 (< log!84 |logits[0]|)))
 (= $x478 (< exp!7 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!84)))
 (= $x470 (< exp!2 exp!7))))
(assert
 (let (($x471 (< log!84 |logits[1]|)))
 (= $x471 (< exp!7 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!84)))
 (= $x479 (< exp!3 exp!7))))
(assert
 (let (($x390 (< log!84 log!58)))
 (= $x390 (< exp!7 exp!5))))
(assert
 (let (($x116 (< log!58 log!84)))
 (= $x116 (< exp!5 exp!7))))
(assert
 (let (($x144 (< log!84 log!84)))
 (= $x144 (< exp!7 exp!6))))
(assert
 (let (($x144 (< log!84 log!84)))
 (= $x144 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x247 (> log!84 0.0)))
 (= $x247 (> exp!7 1.0))))
(assert
 (let ((?x344 (+ 1.0 log!84)))
 (>= exp!7 ?x344)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x117 (/ ?x51 exp!1)))
(let ((?x115 (/ (* 1.0 exp!2) exp!1)))
(let ((?x404 (+ ?x115 ?x117)))
(let ((?x483 (+ 1.0 ?x404)))
(let (($x351 (> ?x483 0.0)))
(=> $x351 (= exp!7 ?x483)))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!58 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!84 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!112 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x159 (/ ?x114 exp!3)))
 (let ((?x330 (+ 1.0 ?x159)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x24 exp!3)))
 (let ((?x535 (+ ?x155 ?x330)))
 (< 0.0 ?x535))))))))
(assert
 (let ((?x496 (/ 1.0 exp!9)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x159 (/ ?x114 exp!3)))
 (let ((?x370 (/ ?x159 exp!9)))
 (let ((?x154 (+ ?x370 ?x496)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x24 exp!3)))
 (let ((?x424 (/ ?x155 exp!9)))
 (let ((?x305 (+ ?x424 ?x154)))
 (or (and (distinct 1.0 ?x305) true))))))))))))
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
 (let (($x58 (< log!58 |logits[2]|)))
 (= $x58 (< exp!4 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!58)))
 (= $x61 (< exp!1 exp!4))))
(assert
 (let (($x64 (< log!58 |logits[0]|)))
 (= $x64 (< exp!4 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!58)))
 (= $x67 (< exp!2 exp!4))))
(assert
 (let (($x70 (< log!58 |logits[1]|)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!58)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x77 (> log!58 0.0)))
 (= $x77 (> exp!4 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!58)))
 (>= exp!4 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!4 ?x54))))))))))
(assert
 (let (($x58 (< log!58 |logits[2]|)))
 (= $x58 (< exp!5 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!58)))
 (= $x61 (< exp!1 exp!5))))
(assert
 (let (($x64 (< log!58 |logits[0]|)))
 (= $x64 (< exp!5 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!58)))
 (= $x67 (< exp!2 exp!5))))
(assert
 (let (($x70 (< log!58 |logits[1]|)))
 (= $x70 (< exp!5 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!58)))
 (= $x73 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!58 log!58)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!58 log!58)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x77 (> log!58 0.0)))
 (= $x77 (> exp!5 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!58)))
 (>= exp!5 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!5 ?x54))))))))))
(assert
 (let (($x422 (< log!84 |logits[2]|)))
 (= $x422 (< exp!6 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!84)))
 (= $x417 (< exp!1 exp!6))))
(assert
 (let (($x478 (< log!84 |logits[0]|)))
 (= $x478 (< exp!6 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!84)))
 (= $x470 (< exp!2 exp!6))))
(assert
 (let (($x471 (< log!84 |logits[1]|)))
 (= $x471 (< exp!6 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!84)))
 (= $x479 (< exp!3 exp!6))))
(assert
 (let (($x390 (< log!84 log!58)))
 (= $x390 (< exp!6 exp!5))))
(assert
 (let (($x116 (< log!58 log!84)))
 (= $x116 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x247 (> log!84 0.0)))
 (= $x247 (> exp!6 1.0))))
(assert
 (let ((?x344 (+ 1.0 log!84)))
 (>= exp!6 ?x344)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x351 (> ?x483 0.0)))
 (=> $x351 (= exp!6 ?x483))))))))))
(assert
 (let (($x422 (< log!84 |logits[2]|)))
 (= $x422 (< exp!7 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!84)))
 (= $x417 (< exp!1 exp!7))))
(assert
 (let (($x478 (< log!84 |logits[0]|)))
 (= $x478 (< exp!7 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!84)))
 (= $x470 (< exp!2 exp!7))))
(assert
 (let (($x471 (< log!84 |logits[1]|)))
 (= $x471 (< exp!7 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!84)))
 (= $x479 (< exp!3 exp!7))))
(assert
 (let (($x390 (< log!84 log!58)))
 (= $x390 (< exp!7 exp!5))))
(assert
 (let (($x116 (< log!58 log!84)))
 (= $x116 (< exp!5 exp!7))))
(assert
 (let (($x144 (< log!84 log!84)))
 (= $x144 (< exp!7 exp!6))))
(assert
 (let (($x144 (< log!84 log!84)))
 (= $x144 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x247 (> log!84 0.0)))
 (= $x247 (> exp!7 1.0))))
(assert
 (let ((?x344 (+ 1.0 log!84)))
 (>= exp!7 ?x344)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x351 (> ?x483 0.0)))
 (=> $x351 (= exp!7 ?x483))))))))))
(assert
 (let (($x589 (< log!112 |logits[2]|)))
 (= $x589 (< exp!8 exp!1))))
(assert
 (let (($x607 (< |logits[2]| log!112)))
 (= $x607 (< exp!1 exp!8))))
(assert
 (let (($x410 (< log!112 |logits[0]|)))
 (= $x410 (< exp!8 exp!2))))
(assert
 (let (($x230 (< |logits[0]| log!112)))
 (= $x230 (< exp!2 exp!8))))
(assert
 (let (($x587 (< log!112 |logits[1]|)))
 (= $x587 (< exp!8 exp!3))))
(assert
 (let (($x808 (< |logits[1]| log!112)))
 (= $x808 (< exp!3 exp!8))))
(assert
 (let (($x327 (< log!112 log!58)))
 (= $x327 (< exp!8 exp!5))))
(assert
 (let (($x531 (< log!58 log!112)))
 (= $x531 (< exp!5 exp!8))))
(assert
 (let (($x512 (< log!112 log!84)))
 (= $x512 (< exp!8 exp!7))))
(assert
 (let (($x461 (< log!84 log!112)))
 (= $x461 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x407 (> log!112 0.0)))
 (= $x407 (> exp!8 1.0))))
(assert
 (let ((?x363 (+ 1.0 log!112)))
 (>= exp!8 ?x363)))
(assert
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x159 (/ ?x114 exp!3)))
 (let ((?x330 (+ 1.0 ?x159)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x24 exp!3)))
 (let ((?x535 (+ ?x155 ?x330)))
 (let (($x608 (> ?x535 0.0)))
 (=> $x608 (= exp!8 ?x535))))))))))
(assert
 (let (($x589 (< log!112 |logits[2]|)))
 (= $x589 (< exp!9 exp!1))))
(assert
 (let (($x607 (< |logits[2]| log!112)))
 (= $x607 (< exp!1 exp!9))))
(assert
 (let (($x410 (< log!112 |logits[0]|)))
 (= $x410 (< exp!9 exp!2))))
(assert
 (let (($x230 (< |logits[0]| log!112)))
 (= $x230 (< exp!2 exp!9))))
(assert
 (let (($x587 (< log!112 |logits[1]|)))
 (= $x587 (< exp!9 exp!3))))
(assert
 (let (($x808 (< |logits[1]| log!112)))
 (= $x808 (< exp!3 exp!9))))
(assert
 (let (($x327 (< log!112 log!58)))
 (= $x327 (< exp!9 exp!5))))
(assert
 (let (($x531 (< log!58 log!112)))
 (= $x531 (< exp!5 exp!9))))
(assert
 (let (($x512 (< log!112 log!84)))
 (= $x512 (< exp!9 exp!7))))
(assert
 (let (($x461 (< log!84 log!112)))
 (= $x461 (< exp!7 exp!9))))
(assert
 (let (($x146 (< log!112 log!112)))
 (= $x146 (< exp!9 exp!8))))
(assert
 (let (($x146 (< log!112 log!112)))
 (= $x146 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x407 (> log!112 0.0)))
 (= $x407 (> exp!9 1.0))))
(assert
 (let ((?x363 (+ 1.0 log!112)))
 (>= exp!9 ?x363)))
(assert
 (let ((?x114 (* 1.0 exp!2)))
(let ((?x159 (/ ?x114 exp!3)))
(let ((?x330 (+ 1.0 ?x159)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x155 (/ ?x24 exp!3)))
(let ((?x535 (+ ?x155 ?x330)))
(let (($x608 (> ?x535 0.0)))
(=> $x608 (= exp!9 ?x535))))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!58 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!84 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!112 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (< 0.0 ?x483))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x356 (/ ?x117 exp!7)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x355 (/ ?x115 exp!7)))
 (let ((?x273 (+ ?x355 ?x356)))
 (let ((?x359 (/ 1.0 exp!7)))
 (let ((?x275 (+ ?x359 ?x273)))
 (or (and (distinct 1.0 ?x275) true))))))))))))
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
 (let (($x58 (< log!58 |logits[2]|)))
 (= $x58 (< exp!4 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!58)))
 (= $x61 (< exp!1 exp!4))))
(assert
 (let (($x64 (< log!58 |logits[0]|)))
 (= $x64 (< exp!4 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!58)))
 (= $x67 (< exp!2 exp!4))))
(assert
 (let (($x70 (< log!58 |logits[1]|)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!58)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x77 (> log!58 0.0)))
 (= $x77 (> exp!4 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!58)))
 (>= exp!4 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!4 ?x54))))))))))
(assert
 (let (($x58 (< log!58 |logits[2]|)))
 (= $x58 (< exp!5 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!58)))
 (= $x61 (< exp!1 exp!5))))
(assert
 (let (($x64 (< log!58 |logits[0]|)))
 (= $x64 (< exp!5 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!58)))
 (= $x67 (< exp!2 exp!5))))
(assert
 (let (($x70 (< log!58 |logits[1]|)))
 (= $x70 (< exp!5 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!58)))
 (= $x73 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!58 log!58)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!58 log!58)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x77 (> log!58 0.0)))
 (= $x77 (> exp!5 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!58)))
 (>= exp!5 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!5 ?x54))))))))))
(assert
 (let (($x422 (< log!84 |logits[2]|)))
 (= $x422 (< exp!6 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!84)))
 (= $x417 (< exp!1 exp!6))))
(assert
 (let (($x478 (< log!84 |logits[0]|)))
 (= $x478 (< exp!6 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!84)))
 (= $x470 (< exp!2 exp!6))))
(assert
 (let (($x471 (< log!84 |logits[1]|)))
 (= $x471 (< exp!6 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!84)))
 (= $x479 (< exp!3 exp!6))))
(assert
 (let (($x390 (< log!84 log!58)))
 (= $x390 (< exp!6 exp!5))))
(assert
 (let (($x116 (< log!58 log!84)))
 (= $x116 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x247 (> log!84 0.0)))
 (= $x247 (> exp!6 1.0))))
(assert
 (let ((?x344 (+ 1.0 log!84)))
 (>= exp!6 ?x344)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x351 (> ?x483 0.0)))
 (=> $x351 (= exp!6 ?x483))))))))))
(assert
 (let (($x422 (< log!84 |logits[2]|)))
 (= $x422 (< exp!7 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!84)))
 (= $x417 (< exp!1 exp!7))))
(assert
 (let (($x478 (< log!84 |logits[0]|)))
 (= $x478 (< exp!7 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!84)))
 (= $x470 (< exp!2 exp!7))))
(assert
 (let (($x471 (< log!84 |logits[1]|)))
 (= $x471 (< exp!7 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!84)))
 (= $x479 (< exp!3 exp!7))))
(assert
 (let (($x390 (< log!84 log!58)))
 (= $x390 (< exp!7 exp!5))))
(assert
 (let (($x116 (< log!58 log!84)))
 (= $x116 (< exp!5 exp!7))))
(assert
 (let (($x144 (< log!84 log!84)))
 (= $x144 (< exp!7 exp!6))))
(assert
 (let (($x144 (< log!84 log!84)))
 (= $x144 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x247 (> log!84 0.0)))
 (= $x247 (> exp!7 1.0))))
(assert
 (let ((?x344 (+ 1.0 log!84)))
 (>= exp!7 ?x344)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x351 (> ?x483 0.0)))
 (=> $x351 (= exp!7 ?x483))))))))))
(assert
 (let (($x589 (< log!112 |logits[2]|)))
 (= $x589 (< exp!8 exp!1))))
(assert
 (let (($x607 (< |logits[2]| log!112)))
 (= $x607 (< exp!1 exp!8))))
(assert
 (let (($x410 (< log!112 |logits[0]|)))
 (= $x410 (< exp!8 exp!2))))
(assert
 (let (($x230 (< |logits[0]| log!112)))
 (= $x230 (< exp!2 exp!8))))
(assert
 (let (($x587 (< log!112 |logits[1]|)))
 (= $x587 (< exp!8 exp!3))))
(assert
 (let (($x808 (< |logits[1]| log!112)))
 (= $x808 (< exp!3 exp!8))))
(assert
 (let (($x327 (< log!112 log!58)))
 (= $x327 (< exp!8 exp!5))))
(assert
 (let (($x531 (< log!58 log!112)))
 (= $x531 (< exp!5 exp!8))))
(assert
 (let (($x512 (< log!112 log!84)))
 (= $x512 (< exp!8 exp!7))))
(assert
 (let (($x461 (< log!84 log!112)))
 (= $x461 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x407 (> log!112 0.0)))
 (= $x407 (> exp!8 1.0))))
(assert
 (let ((?x363 (+ 1.0 log!112)))
 (>= exp!8 ?x363)))
(assert
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x159 (/ ?x114 exp!3)))
 (let ((?x330 (+ 1.0 ?x159)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x24 exp!3)))
 (let ((?x535 (+ ?x155 ?x330)))
 (let (($x608 (> ?x535 0.0)))
 (=> $x608 (= exp!8 ?x535))))))))))
(assert
 (let (($x589 (< log!112 |logits[2]|)))
 (= $x589 (< exp!9 exp!1))))
(assert
 (let (($x607 (< |logits[2]| log!112)))
 (= $x607 (< exp!1 exp!9))))
(assert
 (let (($x410 (< log!112 |logits[0]|)))
 (= $x410 (< exp!9 exp!2))))
(assert
 (let (($x230 (< |logits[0]| log!112)))
 (= $x230 (< exp!2 exp!9))))
(assert
 (let (($x587 (< log!112 |logits[1]|)))
 (= $x587 (< exp!9 exp!3))))
(assert
 (let (($x808 (< |logits[1]| log!112)))
 (= $x808 (< exp!3 exp!9))))
(assert
 (let (($x327 (< log!112 log!58)))
 (= $x327 (< exp!9 exp!5))))
(assert
 (let (($x531 (< log!58 log!112)))
 (= $x531 (< exp!5 exp!9))))
(assert
 (let (($x512 (< log!112 log!84)))
 (= $x512 (< exp!9 exp!7))))
(assert
 (let (($x461 (< log!84 log!112)))
 (= $x461 (< exp!7 exp!9))))
(assert
 (let (($x146 (< log!112 log!112)))
 (= $x146 (< exp!9 exp!8))))
(assert
 (let (($x146 (< log!112 log!112)))
 (= $x146 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x407 (> log!112 0.0)))
 (= $x407 (> exp!9 1.0))))
(assert
 (let ((?x363 (+ 1.0 log!112)))
 (>= exp!9 ?x363)))
(assert
 (let ((?x114 (* 1.0 exp!2)))
(let ((?x159 (/ ?x114 exp!3)))
(let ((?x330 (+ 1.0 ?x159)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x155 (/ ?x24 exp!3)))
(let ((?x535 (+ ?x155 ?x330)))
(let (($x608 (> ?x535 0.0)))
(=> $x608 (= exp!9 ?x535))))))))))
(check-sat)
(pop 1)
